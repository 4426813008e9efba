package id.lentera.client.web;

import java.time.LocalDate;

import id.lentera.client.Registry;
import id.lentera.client.RegistryCheck;
import id.lentera.client.RegistrySource;
import id.lentera.client.RegistryState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** One check of the household in the registry. */
@Getter
@Setter
class RegistryCheckForm {

    @NotNull
    private Registry registry;

    @NotNull
    private RegistryState status;

    @Size(max = 300)
    private String reason;

    @Size(max = 40)
    private String registryId;

    @Min(value = 1, message = "{registry.decile.range}")
    @Max(value = 10, message = "{registry.decile.range}")
    private Integer decile;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;

    @NotNull
    private RegistrySource source;

    @Size(max = 500)
    private String note;

    RegistryCheck toCheck() {
        return new RegistryCheck(registry, status, reason, registryId, decile, checkedOn, source, note);
    }
}
