package id.lentera.visit;

/** Something wrong with one input of a visit form: the field (null: the whole form) and a message key. */
public record VisitProblem(String field, String code) {
}
