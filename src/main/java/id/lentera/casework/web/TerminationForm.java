package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.CaseFile;
import id.lentera.casework.Termination;
import id.lentera.casework.TerminationReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Terminasi: why, a summary, what other officers should follow up, the date. */
@Getter
@Setter
class TerminationForm implements Versioned {

    @NotNull
    private TerminationReason reason;

    @NotBlank
    @Size(max = 2000)
    private String summary;

    @Size(max = 2000)
    private String recommendations;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate terminatedOn;

    private long version;

    Termination toTermination() {
        return new Termination(reason, Text.trim(summary), Text.trim(recommendations), terminatedOn);
    }

    static TerminationForm of(CaseFile file, LocalDate today) {
        TerminationForm form = new TerminationForm();
        Termination t = file.getTermination();
        if (t != null) {
            form.reason = t.reason();
            form.summary = t.summary();
            form.recommendations = t.recommendations();
            form.terminatedOn = t.terminatedOn();
        } else {
            form.terminatedOn = today;
        }
        form.version = file.getVersion();
        return form;
    }
}
