package id.lentera.casework.web;

/** Free text as it is stored: trimmed, and blank means not given. */
final class Text {

    private Text() {
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
