package id.lentera.client;

import java.time.LocalDate;

/** What a worker found when checking a household in the registry. */
public record RegistryCheck(Registry registry, RegistryState status, String reason, String registryId,
        Integer decile, LocalDate checkedOn, RegistrySource source, String note) {
}
