package id.lentera.supervision;

import java.time.LocalDate;

/**
 * Numbers of referral letters in the usual government form {@code prefix/seq/REHSOS/month/year}:
 * the sequence is the referral's own id, so a letter printed twice keeps its number.
 */
final class ReferralLetters {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private ReferralLetters() {
    }

    static String number(String prefix, long referralId, LocalDate sentOn) {
        return prefix.strip() + "/" + referralId + "/REHSOS/" + ROMAN[sentOn.getMonthValue() - 1] + "/"
                + sentOn.getYear();
    }
}
