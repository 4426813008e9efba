package id.lentera.client;

import java.time.LocalDate;
import java.util.Set;

/** What a worker records about a client beyond the person's own facts. */
public record ClientDetails(String alias, NikMissingReason nikMissingReason, String phone, Situation situation,
        String currentAddress, String currentKelurahanCode, String originRegionCode, String occupation,
        Long incomePerMonth, String education, MaritalStatus maritalStatus, LocalDate consentOn,
        boolean consentToServices, boolean consentToShare, Set<Long> ppksCategoryIds) {
}
