package id.lentera.client;

/**
 * What other modules may know about a client to work with them: the name to show, the household,
 * the NIK only masked, and who registered them in which team (to decide visibility).
 */
public record ClientSummary(long clientId, String fullName, String alias, Long householdId, String maskedNik,
        long registeredBy, Long teamId) {

    /** The name a worker knows the client by. */
    public String displayName() {
        return alias == null || alias.isBlank() ? fullName : fullName + " (" + alias + ")";
    }
}
