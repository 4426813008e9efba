package id.lentera.casework;

/**
 * The six casework stages of Zastrow, in order: pendekatan awal, asesmen, rencana intervensi,
 * pelaksanaan, evaluasi, terminasi.
 */
public enum Stage {
    ENGAGEMENT, ASSESSMENT, PLANNING, INTERVENTION, EVALUATION, TERMINATION;

    /** The stage after this one, or null after termination. */
    public Stage next() {
        return this == TERMINATION ? null : values()[ordinal() + 1];
    }
}
