package id.lentera.casework.web;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lentera.casework.TimelineEntry;
import id.lentera.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A timeline entry in words, in the user's language: {@code ${@timelineText.of(entry)}}. Arguments
 * starting with {@code #} are message keys themselves (stage names, activity types).
 */
@Component("timelineText")
class TimelineText {

    private static final Pattern CHOICE = Pattern.compile("\\{\\{([A-Za-z0-9_.]+)}}");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;
    private final Formats formats;

    TimelineText(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String of(TimelineEntry entry) {
        var locale = LocaleContextHolder.getLocale();
        Object[] args = entry.args().stream()
                .map(arg -> arg != null && arg.startsWith("#") ? messages.getMessage(arg.substring(1), null, arg, locale) : arg)
                .toArray();
        return messages.getMessage(entry.key(), args, entry.key(), locale);
    }

    /** A previous value of a corrected record: its {@code {{key}}} choices in the user's language, a day as dates are shown. */
    public String previous(String value) {
        if (DAY.matcher(value).matches()) {
            try {
                return formats.date(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        var locale = LocaleContextHolder.getLocale();
        return CHOICE.matcher(value).replaceAll(
                m -> Matcher.quoteReplacement(messages.getMessage(m.group(1), null, m.group(1), locale)));
    }
}
