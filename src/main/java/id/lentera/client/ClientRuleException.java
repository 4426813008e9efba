package id.lentera.client;

/**
 * A change the client rules forbid (a second head, a member leaving twice, ...). The code is a
 * message key shown to the worker next to the action.
 */
public class ClientRuleException extends RuntimeException {

    private final String code;

    public ClientRuleException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
