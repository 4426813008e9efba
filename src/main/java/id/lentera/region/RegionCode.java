package id.lentera.region;

import java.util.regex.Pattern;

/**
 * A Kemendagri region code in its dotted form ({@code 12.75.05.1001}). Validates itself: two digits
 * for the province, two for the kabupaten/kota, two for the kecamatan, four for the desa/kelurahan.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Kemendagri region code");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public RegionLevel level() {
        return switch (value.length()) {
            case 2 -> RegionLevel.PROVINCE;
            case 5 -> RegionLevel.REGENCY;
            case 8 -> RegionLevel.DISTRICT;
            default -> RegionLevel.VILLAGE;
        };
    }

    /** The region this one lies in, or null for a province. */
    public RegionCode parent() {
        return value.length() == 2 ? null : new RegionCode(value.substring(0, value.lastIndexOf('.')));
    }

    /** This code or its ancestor at {@code level}; null when this code is above that level. */
    public RegionCode at(RegionLevel level) {
        return value.length() < level.codeLength() ? null : new RegionCode(value.substring(0, level.codeLength()));
    }

    /** Digits only, as in a NIK or KK prefix ({@code 127505}). */
    public String digits() {
        return value.replace(".", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
