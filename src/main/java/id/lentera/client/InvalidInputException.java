package id.lentera.client;

import java.util.List;

/**
 * Input the household services refuse, field by field, so forms can show each message next to
 * its field. Raised after the database checks (an unknown kelurahan, a NIK already on record).
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
