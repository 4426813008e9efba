package id.lentera.account;

/** A social worker of a team as a supervisor's page lists them; {@code active} false for a leaver. */
public record TeamMember(long id, String fullName, String username, boolean active) {
}
