package id.lentera.casework;

/** The client already has an open case: the page links to it instead of opening a second. */
public class CaseAlreadyOpenException extends CaseRuleException {

    private final long openCaseId;

    public CaseAlreadyOpenException(long openCaseId) {
        super("case.open.alreadyOpen");
        this.openCaseId = openCaseId;
    }

    public long openCaseId() {
        return openCaseId;
    }
}
