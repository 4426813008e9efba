package id.lentera.account;

/** A new account and the temporary password to hand to its owner, shown to the admin once. */
public record CreatedAccount(long id, String username, String temporaryPassword) {
}
