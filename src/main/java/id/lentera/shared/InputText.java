package id.lentera.shared;

/**
 * The one rule for text that people type or import: no C0 control characters but tab, carriage
 * return and line feed (Word and Excel pastes bring vertical tabs and form feeds; a NUL ends a
 * PostgreSQL string), and no bidirectional override or isolate characters (they make
 * {@code 1275...} read as another number on screen and in print). And the other side of it, for
 * text stored before the rule: {@link #printable} makes any stored text safe for XML (PDF, XLSX).
 */
public final class InputText {

    /** The longest text a form field takes when the form sets no shorter bound of its own. */
    public static final int MAX_FIELD_LENGTH = 10_000;

    /** The longest value of a request parameter of a page that is read (a list's search box, a filter). */
    public static final int MAX_PARAMETER_LENGTH = 100;

    private InputText() {
    }

    /** Whether {@code text} holds a character the rule refuses. */
    public static boolean hasRefusedCharacter(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || bidiControl(c);
    }

    /** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
    static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * {@code text} without what XML 1.0 does not allow (control characters, lone surrogates,
     * U+FFFE/U+FFFF) and without bidi controls: for printouts and workbooks of rows stored before
     * the input rule, which would otherwise break the document. The same string when it is clean.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!keep(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (keep(cp)) {
                clean.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return clean.toString();
    }

    private static boolean keep(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || cp == 0x7F || bidiControl(cp) || cp == 0xFFFE || cp == 0xFFFF) {
            return false;
        }
        // codePointAt returns a lone surrogate as itself, a pair as one code point above U+FFFF
        return cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE;
    }
}
