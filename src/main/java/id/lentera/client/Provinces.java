package id.lentera.client;

import java.util.Set;

/**
 * The 38 province codes of Kepmendagri 300.2.2-2138/2025: the first two digits of every NIK and
 * KK number. Kept here (and not only in the region table) so that a NIK from anywhere in Indonesia
 * can be checked even before the full region list has been imported.
 */
final class Provinces {

    static final Set<String> CODES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    private Provinces() {
    }

    /** Digits 1-4 of a NIK or KK: a known province and a kabupaten (01-69) or kota (71-99). */
    static boolean knownPrefix(String digits) {
        if (digits.length() < 4 || !CODES.contains(digits.substring(0, 2))) {
            return false;
        }
        int regency = Integer.parseInt(digits.substring(2, 4));
        return (regency >= 1 && regency <= 69) || (regency >= 71 && regency <= 99);
    }
}
