package id.lentera.supervision;

import java.time.LocalDate;

import id.lentera.casework.ReferralDestination;

/**
 * A referral's letter as its page shows it: to whom and since when, its number once taken (null
 * before), and whether the user may take one (the case's worker or its team's supervisor).
 */
public record ReferralLetterStatus(long caseId, String caseNumber, String clientName, long referralId,
        ReferralDestination destinationType, String destinationName, LocalDate sentOn, String number,
        boolean mayTakeNumber) {

    public boolean numbered() {
        return number != null;
    }
}
