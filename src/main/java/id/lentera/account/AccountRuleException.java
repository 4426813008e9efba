package id.lentera.account;

/**
 * An admin action that a rule forbids (deactivating oneself, the last admin, ...). The code is a
 * message key shown to the admin next to the action.
 */
public class AccountRuleException extends RuntimeException {

    private final String code;

    public AccountRuleException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
