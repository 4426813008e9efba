package id.lentera.eligibility;

import java.time.Instant;
import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One saved version of the PKH benefit table. Never changed once saved: a change is a new row, so
 * the previous figures stay and every snapshot can name the version it used.
 */
@Entity
@Table(name = "pkh_benefit_table")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BenefitTableRow extends AbstractEntity {

    private int year;
    private LocalDate effectiveFrom;
    private long amountPregnant;
    private long amountEarlyChild;
    private long amountSd;
    private long amountSmp;
    private long amountSma;
    private long amountDisability;
    private long amountElderly;
    private int elderlyAge;
    private int childAgeLimit;
    private int maxEducationAge;
    private int maxComponents;
    private int decileFrom;
    private int decileTo;
    private int stagesPerYear;
    private String note;
    private Instant recordedAt;
    private Long recordedBy;

    BenefitTableRow(BenefitFigures f, long recordedBy, Instant now) {
        this.year = f.effectiveFrom().getYear();
        this.effectiveFrom = f.effectiveFrom();
        this.amountPregnant = f.amounts().get(PkhComponent.PREGNANT);
        this.amountEarlyChild = f.amounts().get(PkhComponent.EARLY_CHILD);
        this.amountSd = f.amounts().get(PkhComponent.SD);
        this.amountSmp = f.amounts().get(PkhComponent.SMP);
        this.amountSma = f.amounts().get(PkhComponent.SMA);
        this.amountDisability = f.amounts().get(PkhComponent.DISABILITY);
        this.amountElderly = f.amounts().get(PkhComponent.ELDERLY);
        this.elderlyAge = f.elderlyAge();
        this.childAgeLimit = f.childAgeLimit();
        this.maxEducationAge = f.maxEducationAge();
        this.maxComponents = f.maxComponents();
        this.decileFrom = f.decileFrom();
        this.decileTo = f.decileTo();
        this.stagesPerYear = f.stagesPerYear();
        this.note = f.note();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    RuleTable toRules() {
        return new RuleTable(getId(), year, effectiveFrom, RuleTable.amounts(amountPregnant, amountEarlyChild, amountSd,
                amountSmp, amountSma, amountDisability, amountElderly), elderlyAge, childAgeLimit, maxEducationAge,
                maxComponents, decileFrom, decileTo, stagesPerYear);
    }
}
