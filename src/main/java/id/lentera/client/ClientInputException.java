package id.lentera.client;

import java.util.Map;

/**
 * What a worker typed breaks a rule the form alone cannot check (an unknown kelurahan, a NIK that
 * another living person holds, a KK that finds no household). Field name to message key, so the
 * form can show each next to its field.
 */
public class ClientInputException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public ClientInputException(Map<String, String> fieldErrors) {
        super("invalid client input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
