package id.lentera.account;

import java.util.List;

/**
 * The teams whose figures someone may read: every team ({@code all}, the head of office without a
 * chosen team) or those in {@code ids} (never empty: -1 for none, for SQL {@code in}).
 */
public record TeamScope(boolean all, List<Long> ids) {

    public TeamScope {
        ids = ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

    public static TeamScope everyTeam() {
        return new TeamScope(true, List.of());
    }
}
