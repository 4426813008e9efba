package id.lentera.account;

/** One role per account. */
public enum Role {
    /** Pekerja sosial: works a caseload. */
    SOCIAL_WORKER,
    /** Koordinator: leads a team, approves plans and terminations. */
    SUPERVISOR,
    /** Kepala bidang: reads everything in the office, changes nothing. */
    HEAD_OF_OFFICE,
    /** Admin sistem: accounts, teams and reference data; no client data. */
    ADMIN;

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
