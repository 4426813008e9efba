package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.CaseFile;
import id.lentera.casework.Engagement;
import id.lentera.casework.ReferralSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Pendekatan awal. Consent and the presenting problem are checklist items, so they may stay open here. */
@Getter
@Setter
class EngagementForm implements Versioned {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstContactOn;

    @Size(max = 200)
    private String firstContactPlace;

    @NotNull
    private ReferralSource referralSource;

    @NotBlank
    @Size(max = 2000)
    private String presentingProblem;

    private boolean consentToHelp;
    private boolean consentToShare;

    @Size(max = 1000)
    private String agreedFocus;

    private long version;

    Engagement toEngagement() {
        return new Engagement(firstContactOn, Text.trim(firstContactPlace), referralSource,
                Text.trim(presentingProblem), consentToHelp, consentToShare, Text.trim(agreedFocus));
    }

    static EngagementForm of(CaseFile file, LocalDate today) {
        EngagementForm form = new EngagementForm();
        Engagement e = file.getEngagement();
        if (e != null) {
            form.firstContactOn = e.firstContactOn();
            form.firstContactPlace = e.firstContactPlace();
            form.referralSource = e.referralSource();
            form.presentingProblem = e.presentingProblem();
            form.consentToHelp = e.consentToHelp();
            form.consentToShare = e.consentToShare();
            form.agreedFocus = e.agreedFocus();
        } else {
            form.firstContactOn = file.getOpenedOn().isAfter(today) ? today : file.getOpenedOn();
        }
        form.version = file.getVersion();
        return form;
    }
}
