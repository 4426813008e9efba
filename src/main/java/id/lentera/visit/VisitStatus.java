package id.lentera.visit;

/** Planned, then done, missed (nobody home, client refused) or cancelled (no longer needed). */
public enum VisitStatus {
    PLANNED, DONE, MISSED, CANCELLED
}
