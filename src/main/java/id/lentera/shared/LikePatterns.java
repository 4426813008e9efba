package id.lentera.shared;

import java.util.Locale;

/** Patterns for case-insensitive "contains" searches with SQL LIKE. */
public final class LikePatterns {

    /** What a blank search becomes: matches everything. */
    public static final String ANY = "%";

    private LikePatterns() {
    }

    /** {@code "Siti_A"} becomes {@code "%siti\_a%"}: wildcards typed by the user are taken literally. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
