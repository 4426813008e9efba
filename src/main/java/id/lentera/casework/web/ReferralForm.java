package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.ReferralDestination;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A rujukan: where to, why, when it was sent. */
@Getter
@Setter
class ReferralForm {

    @NotNull
    private ReferralDestination destinationType;

    @NotBlank
    @Size(max = 200)
    private String destinationName;

    @NotBlank
    @Size(max = 1000)
    private String reason;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sentOn;
}
