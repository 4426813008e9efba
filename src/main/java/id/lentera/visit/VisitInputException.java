package id.lentera.visit;

import java.util.List;

/** A visit the rules refuse, field by field, so that each message shows next to its input. */
public class VisitInputException extends RuntimeException {

    private final transient List<VisitProblem> problems;

    public VisitInputException(List<VisitProblem> problems) {
        super("visit refused: " + problems.stream().map(VisitProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public VisitInputException(String field, String code) {
        this(List.of(new VisitProblem(field, code)));
    }

    public List<VisitProblem> problems() {
        return problems;
    }
}
