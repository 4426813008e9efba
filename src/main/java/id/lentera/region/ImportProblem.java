package id.lentera.region;

import id.lentera.shared.InputText;

/**
 * Why one line of an uploaded region file cannot be imported.
 *
 * @param line the line of the file, counting the header as line 1
 * @param value what was found (a code, or the header), shortened; null when it says nothing
 * @param otherLine for a duplicate code, the line where it first appeared
 */
public record ImportProblem(int line, Reason reason, String value, Integer otherLine) {

    public enum Reason {
        NOT_UTF8, HEADER, NO_ROWS, FIELD_COUNT, QUOTE, CODE_FORMAT, NAME_EMPTY, NAME_TOO_LONG, NAME_INVALID,
        DUPLICATE_CODE, PARENT_MISSING
    }

    static final int VALUE_LENGTH = 60;

    public ImportProblem {
        // the line as written is stored and shown: without what a database text (NUL) or a page cannot hold
        value = InputText.printable(value);
        if (value != null && value.length() > VALUE_LENGTH) {
            value = value.substring(0, VALUE_LENGTH) + "…";
        }
    }

    static ImportProblem of(int line, Reason reason, String value) {
        return new ImportProblem(line, reason, value, null);
    }

    /** The message key that explains it: {@code region.problem.CODE_FORMAT}. */
    public String messageKey() {
        return "region.problem." + reason.name();
    }
}
