package id.lentera.client;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: lower case, no accents, single spaces, letters, digits and apostrophes. */
final class Names {

    private Names() {
    }

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
    }
}
