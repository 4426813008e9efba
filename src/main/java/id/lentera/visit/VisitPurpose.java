package id.lentera.visit;

import id.lentera.casework.Stage;

/** Why the worker goes: follows the case's stage, and the worker may choose another. */
public enum VisitPurpose {
    ENGAGEMENT, ASSESSMENT, MONITORING, EVALUATION, OTHER;

    /** What a visit in this stage is usually for. */
    public static VisitPurpose forStage(Stage stage) {
        return switch (stage) {
            case ENGAGEMENT -> ENGAGEMENT;
            case ASSESSMENT -> ASSESSMENT;
            case PLANNING, INTERVENTION -> MONITORING;
            case EVALUATION, TERMINATION -> EVALUATION;
        };
    }
}
