package id.lentera.casework;

/** A problem found in the assessment, as the worker writes it. */
public record ProblemEntry(String description, BarrierCategory category) {
}
