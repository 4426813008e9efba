package id.lentera.casework;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Terminasi: why the case ends, a summary, and what other officers should follow up. */
@Embeddable
public record Termination(
        @Enumerated(EnumType.STRING) @Column(name = "termination_reason") TerminationReason reason,
        @Column(name = "termination_summary") String summary,
        @Column(name = "termination_recommendations") String recommendations,
        @Column(name = "terminated_on") LocalDate terminatedOn) {

    boolean complete() {
        return reason != null && summary != null && !summary.isBlank();
    }
}
