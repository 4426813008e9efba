package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts as one string for a snapshot's column, and back, so that the history is rendered in the
 * reader's language later: {@code key(arg,arg)} with {@code s'..'} strings ({@code ''} for a quote),
 * {@code n12} numbers, {@code d2026-03-12} dates, {@code m2400000} amounts and nested texts; a list
 * separated by {@code ;}.
 */
final class TextCodec {

    private TextCodec() {
    }

    static String encode(List<Text> texts) {
        StringBuilder b = new StringBuilder();
        for (Text t : texts) {
            if (!b.isEmpty()) {
                b.append(';');
            }
            write(t, b);
        }
        return b.toString();
    }

    static List<Text> decode(String encoded) {
        List<Text> texts = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return texts;
        }
        int[] at = {0};
        while (at[0] < encoded.length()) {
            texts.add(read(encoded, at));
            if (at[0] < encoded.length() && encoded.charAt(at[0]) == ';') {
                at[0]++;
            }
        }
        return texts;
    }

    private static void write(Text t, StringBuilder b) {
        b.append(t.key()).append('(');
        for (int i = 0; i < t.args().size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object arg = t.args().get(i);
            if (arg instanceof Text nested) {
                write(nested, b);
            } else if (arg instanceof LocalDate date) {
                b.append('d').append(date);
            } else if (arg instanceof Text.Rupiah money) {
                b.append('m').append(money.amount());
            } else if (arg instanceof Number number) {
                b.append('n').append(number.longValue());
            } else {
                b.append("s'").append(arg == null ? "" : String.valueOf(arg).replace("'", "''")).append('\'');
            }
        }
        b.append(')');
    }

    private static Text read(String s, int[] at) {
        int open = s.indexOf('(', at[0]);
        String key = s.substring(at[0], open);
        at[0] = open + 1;
        List<Object> args = new ArrayList<>();
        while (s.charAt(at[0]) != ')') {
            char c = s.charAt(at[0]);
            if (c == 's' && s.charAt(at[0] + 1) == '\'') {
                StringBuilder value = new StringBuilder();
                int i = at[0] + 2;
                while (true) {
                    char ch = s.charAt(i);
                    if (ch == '\'') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    value.append(ch);
                    i++;
                }
                args.add(value.toString());
                at[0] = i + 1;
            } else if ((c == 'd' || c == 'm' || c == 'n') && isValueStart(s, at[0] + 1)) {
                int end = at[0] + 1;
                while (s.charAt(end) != ',' && s.charAt(end) != ')') {
                    end++;
                }
                String value = s.substring(at[0] + 1, end);
                args.add(switch (c) {
                    case 'd' -> LocalDate.parse(value);
                    case 'm' -> new Text.Rupiah(Long.parseLong(value));
                    default -> Long.parseLong(value);
                });
                at[0] = end;
            } else {
                args.add(read(s, at));
            }
            if (s.charAt(at[0]) == ',') {
                at[0]++;
            }
        }
        at[0]++;
        return new Text(key, args);
    }

    /** Values start with a digit or a minus; message keys of nested texts never do after their first letter. */
    private static boolean isValueStart(String s, int i) {
        char c = s.charAt(i);
        return Character.isDigit(c) || c == '-';
    }
}
