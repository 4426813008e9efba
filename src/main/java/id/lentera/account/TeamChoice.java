package id.lentera.account;

/** A team offered in a drop-down. */
public record TeamChoice(long id, String name) {
}
