package id.lentera.client;

/** Something wrong with one input: the field it belongs to and a message key. */
public record FieldProblem(String field, String code) {
}
