package id.lentera.account;

/**
 * An account's name as one user may see it ({@link TeamDirectory#namesAsSeenBy}): {@code withinReach}
 * when the account belongs to a team the user may read, so that its name may be shown to them even
 * beside a record they cannot open.
 *
 * @param teamName the account's team, or null when it has none
 */
public record AccountName(String fullName, String teamName, boolean withinReach) {

    /** The name when within reach, else null: what a list of others' records may show. */
    public String nameIfWithinReach() {
        return withinReach ? fullName : null;
    }
}
