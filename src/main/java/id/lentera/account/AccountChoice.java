package id.lentera.account;

/** An account offered in a drop-down. */
public record AccountChoice(long id, String fullName, String username) {
}
