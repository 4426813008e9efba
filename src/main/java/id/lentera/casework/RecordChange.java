package id.lentera.casework;

import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A correction of a stage record that was already filled in: what it said before, who changed it,
 * when. The previous values are kept as {@code field=value} lines whose fields are message keys,
 * so the history reads in the user's language; values that name a choice are message keys too
 * (see {@link #label}). Never changed.
 */
@Entity
@Table(name = "case_record_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RecordChange extends AbstractEntity {

    public enum Section { ENGAGEMENT, ASSESSMENT, GOAL, ACTIVITY, REFERRAL, EVALUATION, TERMINATION }

    private static final int MAX = 16000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    private Section section;
    private String previous;
    private Long changedBy;
    private Instant changedAt;

    RecordChange(CaseFile caseFile, Section section, Map<String, Object> previous, long changedBy, Instant changedAt) {
        this.caseFile = caseFile;
        this.section = section;
        String text = previous.entrySet().stream()
                .map(e -> e.getKey() + "=" + flat(e.getValue()))
                .collect(Collectors.joining("\n"));
        this.previous = text.length() > MAX ? text.substring(0, MAX) : text;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The previous values, field key to value, in the order they were written. */
    public List<Map.Entry<String, String>> previousValues() {
        return Arrays.stream(previous.split("\n"))
                .filter(line -> line.contains("="))
                .map(line -> (Map.Entry<String, String>) new SimpleEntry<>(line.substring(0, line.indexOf('=')),
                        line.substring(line.indexOf('=') + 1)))
                .toList();
    }

    private static String flat(Object value) {
        return value == null ? "" : Objects.toString(value).replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * A value that is itself a message key (an activity type, a risk level), written as
     * {@code {{key}}} so the history shows it in the reader's language; empty when there is none.
     */
    static String label(String prefix, Enum<?> value) {
        return value == null ? "" : "{{" + prefix + value.name() + "}}";
    }

    /** An ordered map builder that reads well at the call site. */
    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
