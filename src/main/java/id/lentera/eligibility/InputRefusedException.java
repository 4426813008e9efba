package id.lentera.eligibility;

import java.util.List;

/** Input (benefit table figures, a participation entry) that breaks a rule; each problem is a field and a message key. */
public class InputRefusedException extends RuntimeException {

    private final transient List<String[]> problems;

    InputRefusedException(List<String[]> problems) {
        super("input refused");
        this.problems = List.copyOf(problems);
    }

    public List<String[]> problems() {
        return problems;
    }
}
