package id.lentera.eligibility.web;

import java.time.LocalDate;

import id.lentera.eligibility.BenefitFigures;
import id.lentera.eligibility.PkhComponent;
import id.lentera.eligibility.RuleTable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin's form for a new version of the benefit table. {@code basedOn} is the version it was
 * opened with: a save after someone else's is refused as stale, with the input kept.
 */
@Getter
@Setter
public class BenefitTableForm {

    static final long MAX_AMOUNT = 100_000_000L;

    private long basedOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountPregnant;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountEarlyChild;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountSd;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountSmp;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountSma;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountDisability;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = MAX_AMOUNT, message = "{pkh.validation.max}")
    private Long amountElderly;
    @NotNull @Min(value = 40, message = "{pkh.validation.min}") @Max(value = 100, message = "{pkh.validation.max}")
    private Integer elderlyAge;
    @NotNull @Min(value = 0, message = "{pkh.validation.min}") @Max(value = 17, message = "{pkh.validation.max}")
    private Integer childAgeLimit;
    @NotNull @Min(value = 6, message = "{pkh.validation.min}") @Max(value = 30, message = "{pkh.validation.max}")
    private Integer maxEducationAge;
    @NotNull @Min(value = 1, message = "{pkh.validation.min}") @Max(value = 20, message = "{pkh.validation.max}")
    private Integer maxComponents;
    @NotNull @Min(value = 1, message = "{pkh.validation.min}") @Max(value = 10, message = "{pkh.validation.max}")
    private Integer decileFrom;
    @NotNull @Min(value = 1, message = "{pkh.validation.min}") @Max(value = 10, message = "{pkh.validation.max}")
    private Integer decileTo;
    @NotNull @Min(value = 1, message = "{pkh.validation.min}") @Max(value = 12, message = "{pkh.validation.max}")
    private Integer stagesPerYear;
    @Size(max = 300)
    private String note;

    static BenefitTableForm of(RuleTable t, String note) {
        BenefitTableForm form = new BenefitTableForm();
        form.basedOn = t.id();
        form.effectiveFrom = t.effectiveFrom();
        form.amountPregnant = t.amount(PkhComponent.PREGNANT);
        form.amountEarlyChild = t.amount(PkhComponent.EARLY_CHILD);
        form.amountSd = t.amount(PkhComponent.SD);
        form.amountSmp = t.amount(PkhComponent.SMP);
        form.amountSma = t.amount(PkhComponent.SMA);
        form.amountDisability = t.amount(PkhComponent.DISABILITY);
        form.amountElderly = t.amount(PkhComponent.ELDERLY);
        form.elderlyAge = t.elderlyAge();
        form.childAgeLimit = t.childAgeLimit();
        form.maxEducationAge = t.maxEducationAge();
        form.maxComponents = t.maxComponents();
        form.decileFrom = t.decileFrom();
        form.decileTo = t.decileTo();
        form.stagesPerYear = t.stagesPerYear();
        form.note = note;
        return form;
    }

    /** Only for a form that passed validation: every amount is there. */
    BenefitFigures toFigures() {
        return new BenefitFigures(effectiveFrom, RuleTable.amounts(amountPregnant, amountEarlyChild, amountSd, amountSmp,
                amountSma, amountDisability, amountElderly), elderlyAge, childAgeLimit, maxEducationAge, maxComponents,
                decileFrom, decileTo, stagesPerYear, note == null || note.isBlank() ? null : note.strip());
    }
}
