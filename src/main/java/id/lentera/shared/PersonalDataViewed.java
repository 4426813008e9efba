package id.lentera.shared;

import java.time.Instant;

/**
 * Someone was shown personal data by a {@link PersonalData} route: published by the web layer,
 * written by the audit log. Ids and filter values only, never a name, NIK or typed text.
 *
 * @param actor the username
 * @param action what was shown, e.g. {@code HOUSEHOLD_VIEWED}
 * @param target the record, e.g. {@code household 12}; null for a list
 * @param detail other ids of the route and the filters of a list, or null
 */
public record PersonalDataViewed(Instant at, String actor, String action, String target, String detail) {
}
