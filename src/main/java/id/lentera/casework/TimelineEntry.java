package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing that happened to a case, for the timeline: {@code key} is the message key of what
 * happened, {@code args} fill it in (already words or message keys prefixed {@code #}), {@code text}
 * is what a person wrote (shown escaped), {@code on} the date it was done when that differs from
 * when it was written down.
 */
public record TimelineEntry(Instant at, LocalDate on, String key, List<String> args, String who, String text) {
}
