package id.lentera.account;

/**
 * The open sessions of an account that end once the change that caused it is committed.
 *
 * @param keepSessionId the one session that stays (the person's own, after changing their own
 *        password), or null for all
 */
record SessionsToEnd(String username, String keepSessionId) {
}
