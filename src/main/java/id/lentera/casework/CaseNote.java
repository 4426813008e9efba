package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A dated note by anyone working on the case (a supervisor's is marked as supervision). */
@Entity
@Table(name = "case_note")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseNote extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    private LocalDate notedOn;
    private String text;
    private Long writtenBy;
    private Instant writtenAt;
    private boolean supervision;

    CaseNote(CaseFile caseFile, LocalDate notedOn, String text, long writtenBy, Instant writtenAt,
            boolean supervision) {
        this.caseFile = caseFile;
        this.notedOn = notedOn;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.supervision = supervision;
    }

}
