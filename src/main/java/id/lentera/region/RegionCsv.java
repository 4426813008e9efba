package id.lentera.region;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.lentera.shared.InputText;

/**
 * Reads the Kemendagri region list in its published form: UTF-8 (with or without a byte order
 * mark), a {@code kode,nama} header, one region per line, names quoted when they hold a comma
 * ({@code 12.07.28.1007,"Lubuk Pakam I,II"}), lines ended by CRLF or LF. Every row is checked on
 * its own (code, name) and against the others (duplicates); whether parents exist needs the
 * database and is checked there. No Spring, no database: a pure function of the bytes.
 */
final class RegionCsv {

    static final String HEADER = "kode,nama";
    static final int NAME_MAX_LENGTH = 120;
    /** Enough for the admin to see what is wrong; the count says how many more there are. */
    static final int MAX_PROBLEMS_KEPT = 100;

    /** One good row, with what follows from its code. */
    record Row(int line, String code, String name, RegionLevel level, String parentCode) {
    }

    /**
     * @param rowsRead data rows in the file (not counting the header or blank lines)
     * @param problems the first {@link #MAX_PROBLEMS_KEPT} problems, by line
     * @param problemCount how many problems there are in all
     */
    record Result(int rowsRead, List<Row> rows, List<ImportProblem> problems, int problemCount) {

        boolean acceptable() {
            return problemCount == 0;
        }
    }

    private RegionCsv() {
    }

    static Result parse(byte[] bytes) {
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (NotUtf8 e) {
            return new Result(0, List.of(), List.of(ImportProblem.of(e.line, ImportProblem.Reason.NOT_UTF8, null)), 1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return check(records(text));
    }

    private static Result check(List<Record> records) {
        Problems problems = new Problems();
        if (records.isEmpty() || !isHeader(records.get(0))) {
            String found = records.isEmpty() ? null : records.get(0).raw();
            problems.add(ImportProblem.of(1, ImportProblem.Reason.HEADER, found));
            return new Result(0, List.of(), problems.kept, problems.count);
        }
        List<Row> rows = new ArrayList<>(records.size());
        Map<String, Integer> lineOfCode = new HashMap<>(records.size() * 2);
        int rowsRead = 0;
        for (Record record : records.subList(1, records.size())) {
            if (record.blank()) {
                continue;
            }
            rowsRead++;
            Row row = checkRow(record, problems);
            if (row != null) {
                Integer earlier = lineOfCode.putIfAbsent(row.code(), row.line());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), ImportProblem.Reason.DUPLICATE_CODE, row.code(), earlier));
                } else {
                    rows.add(row);
                }
            }
        }
        if (rowsRead == 0) {
            problems.add(ImportProblem.of(2, ImportProblem.Reason.NO_ROWS, null));
        }
        return new Result(rowsRead, problems.count == 0 ? rows : List.of(), problems.kept, problems.count);
    }

    private static Row checkRow(Record record, Problems problems) {
        if (record.badQuote()) {
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.QUOTE, record.raw()));
            return null;
        }
        if (record.fields().size() != 2) {
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.FIELD_COUNT, record.raw()));
            return null;
        }
        String code = record.fields().get(0).strip();
        String name = record.fields().get(1).strip();
        boolean good = true;
        if (!RegionCode.isValid(code)) {
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.CODE_FORMAT, code));
            good = false;
        }
        if (name.isEmpty()) {
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.NAME_EMPTY, code));
            good = false;
        } else if (name.length() > NAME_MAX_LENGTH) {
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.NAME_TOO_LONG, name));
            good = false;
        } else if (name.chars().anyMatch(Character::isISOControl) || InputText.hasRefusedCharacter(name)) {
            // the input rule of every form (id.lentera.shared.InputText): no control or bidi characters
            problems.add(ImportProblem.of(record.line(), ImportProblem.Reason.NAME_INVALID, code));
            good = false;
        }
        if (!good) {
            return null;
        }
        RegionCode parsed = new RegionCode(code);
        RegionCode parent = parsed.parent();
        return new Row(record.line(), code, name, parsed.level(), parent == null ? null : parent.value());
    }

    private static boolean isHeader(Record record) {
        return !record.badQuote() && record.fields().size() == 2
                && String.join(",", record.fields().stream().map(f -> f.strip().toLowerCase()).toList()).equals(HEADER);
    }

    // --- CSV records

    /** One record of the file: its fields, the line it starts on, and the line as written (for messages). */
    record Record(int line, List<String> fields, String raw, boolean badQuote) {

        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank() && !badQuote;
        }
    }

    /** RFC 4180 records: a quoted field may hold commas, doubled quotes and even line breaks. */
    static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            int recordStart = i;
            int recordEnd = -1;
            int start = i;
            List<String> fields = new ArrayList<>(2);
            StringBuilder field = new StringBuilder();
            boolean badQuote = false;
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty() && fieldIsBlankSoFar(text, start, i)) {
                    // a quoted field: up to the closing quote, "" standing for one quote
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(q);
                        i++;
                    }
                    if (!closed) {
                        badQuote = true;
                    }
                    // only spaces may follow the closing quote before the separator
                    while (i < n && text.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        badQuote = true;
                        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                            i++;
                        }
                    }
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    start = i + 1;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    recordEnd = i;
                    i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    if (c == '"') {
                        badQuote = true;
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            String raw = text.substring(recordStart, recordEnd < 0 ? i : recordEnd);
            records.add(new Record(startLine, fields, raw, badQuote));
        }
        return records;
    }

    private static boolean fieldIsBlankSoFar(String text, int fieldStart, int at) {
        return text.substring(fieldStart, at).isBlank();
    }

    // --- UTF-8

    private static final class NotUtf8 extends Exception {
        final int line;

        NotUtf8(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private static String decodeUtf8(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(lineAt(bytes, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                throw new NotUtf8(lineAt(bytes, in.position()));
            }
        } catch (IllegalStateException e) {
            throw new NotUtf8(lineAt(bytes, bytes.length));
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static final class Problems {
        final List<ImportProblem> kept = new ArrayList<>();
        int count;

        void add(ImportProblem problem) {
            count++;
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(problem);
            }
        }
    }
}
