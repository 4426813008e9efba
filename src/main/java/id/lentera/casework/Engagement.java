package id.lentera.casework;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Pendekatan awal: first contact, how the client came, the problem in their words, consent, the contract. */
@Embeddable
public record Engagement(
        @Column(name = "first_contact_on") LocalDate firstContactOn,
        @Column(name = "first_contact_place") String firstContactPlace,
        @Enumerated(EnumType.STRING) @Column(name = "referral_source") ReferralSource referralSource,
        @Column(name = "presenting_problem") String presentingProblem,
        @Column(name = "consent_to_help") boolean consentToHelp,
        @Column(name = "consent_to_share") boolean consentToShare,
        @Column(name = "agreed_focus") String agreedFocus) {

    boolean hasPresentingProblem() {
        return presentingProblem != null && !presentingProblem.isBlank();
    }
}
