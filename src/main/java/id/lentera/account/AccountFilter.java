package id.lentera.account;

import id.lentera.shared.LikePatterns;

/** The filters of the accounts list; any of them may be empty. */
public record AccountFilter(String text, Role role, Long teamId, Boolean active) {

    String likePattern() {
        return LikePatterns.contains(text);
    }
}
