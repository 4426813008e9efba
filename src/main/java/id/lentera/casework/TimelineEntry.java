package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing that happened to a case, for the timeline: {@code key} is the message key of what
 * happened, {@code args} fill it in (already words or message keys prefixed {@code #}), {@code text}
 * is what a person wrote (shown escaped), {@code on} the date it was done when that differs from
 * when it was written down. Entries from other modules ({@link CaseTimelineSource}) may link to
 * their own page ({@code href}) and offer one action ({@code actionKey}, a message key, at {@code actionHref}).
 */
public record TimelineEntry(Instant at, LocalDate on, String key, List<String> args, String who, String text,
        String href, String actionKey, String actionHref) {

    public TimelineEntry(Instant at, LocalDate on, String key, List<String> args, String who, String text) {
        this(at, on, key, args, who, text, null, null, null);
    }
}
