package id.lentera.visit.web;

import id.lentera.visit.VisitStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A planned visit that did not happen: missed or cancelled, and why. */
@Getter
@Setter
class OutcomeForm {

    @NotNull
    private Long version;
    @NotNull
    private VisitStatus outcome;
    @NotBlank
    @Size(max = 500)
    private String reason;
}
