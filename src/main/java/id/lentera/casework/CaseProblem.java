package id.lentera.casework;


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

/** A problem or barrier found in the assessment, with its category. */
@Entity
@Table(name = "case_problem")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseProblem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    private String description;
    @Enumerated(EnumType.STRING)
    private BarrierCategory category;

    CaseProblem(CaseFile caseFile, String description, BarrierCategory category) {
        this.caseFile = caseFile;
        this.description = description;
        this.category = category;
    }

}
