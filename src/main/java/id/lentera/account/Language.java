package id.lentera.account;

import java.util.Locale;

/** The languages of the user interface; Bahasa Indonesia first. */
public enum Language {
    id, en;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
