package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.Referral;
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
class ReferralForm implements Versioned {

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

    /** The case version a correction was opened with; unused for a new referral. */
    private long version;

    static ReferralForm of(Referral referral, long version) {
        ReferralForm form = new ReferralForm();
        form.destinationType = referral.getDestinationType();
        form.destinationName = referral.getDestinationName();
        form.reason = referral.getReason();
        form.sentOn = referral.getSentOn();
        form.version = version;
        return form;
    }
}
