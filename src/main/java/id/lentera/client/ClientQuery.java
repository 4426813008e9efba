package id.lentera.client;

/**
 * The search box and filters of the clients list. A 16-digit text finds by NIK or KK exactly;
 * other text finds by name and alias, tolerant of typos and spelling variants.
 *
 * @param hasOpenCase null for everyone; true or false to keep those with or without an open case
 *        (casework tells this module through {@link ClientCaseworkers})
 */
public record ClientQuery(String text, String kelurahanCode, Long ppksCategoryId, RegistryState registryState,
        Boolean hasOpenCase) {

    public ClientQuery(String text, String kelurahanCode, Long ppksCategoryId, RegistryState registryState) {
        this(text, kelurahanCode, ppksCategoryId, registryState, null);
    }

    /** The text as a NIK/KK number when it is 16 digits (spaces and dots allowed), else null. */
    public String number() {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.\\-]", "");
        return digits.matches("\\d{16}") ? digits : null;
    }

    /** The text for name matching: trimmed, lower case, accents and punctuation dropped. */
    public String nameText() {
        return Names.normalize(text);
    }

    /**
     * Whether a filter is set. A filter acts only on the clients the user may open ({@link ClientSearch}):
     * a filter on a fact they may not read matches nothing.
     */
    public boolean filtered() {
        return (kelurahanCode != null && !kelurahanCode.isBlank()) || ppksCategoryId != null || registryState != null
                || hasOpenCase != null;
    }
}
