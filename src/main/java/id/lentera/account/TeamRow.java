package id.lentera.account;

/** One line of the teams list. */
public record TeamRow(long id, String name, Long supervisorId, String supervisorName, long activeMembers) {
}
