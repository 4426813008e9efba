package id.lentera.casework;

import java.util.List;

/**
 * Something the casework rules do not allow. {@code code} is a message key; {@code missing} lists
 * the checklist items (message keys) still open when a move forward was refused.
 */
public class CaseRuleException extends RuntimeException {

    private final String code;
    private final List<String> missing;

    public CaseRuleException(String code) {
        this(code, List.of());
    }

    public CaseRuleException(String code, List<String> missing) {
        super(missing.isEmpty() ? code : code + " " + missing);
        this.code = code;
        this.missing = List.copyOf(missing);
    }

    public String code() {
        return code;
    }

    public List<String> missing() {
        return missing;
    }
}
