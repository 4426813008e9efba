package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One dated survey of a household's housing. Append-only: a later survey (or a correction) is a
 * new row, so the history of what the house looked like stays; the latest by date is current.
 */
@Entity
@Table(name = "housing_survey")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HousingSurvey extends AbstractEntity {

    private Long householdId;
    private LocalDate surveyedOn;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Tenure tenure;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Floor floorMaterial;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Wall wallMaterial;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Roof roofMaterial;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Water waterSource;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Lighting lighting;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Power installedPower;
    @Enumerated(EnumType.STRING)
    private HousingFacts.CookingFuel cookingFuel;
    @Enumerated(EnumType.STRING)
    private HousingFacts.Toilet toilet;
    private Long recordedBy;
    private Instant recordedAt;

    HousingSurvey(long householdId, HousingFacts facts, LocalDate surveyedOn, long recordedBy, Instant now) {
        if (!facts.problems().isEmpty()) {
            throw new InvalidInputException(facts.problems());
        }
        this.householdId = householdId;
        this.surveyedOn = surveyedOn;
        this.tenure = facts.tenure();
        this.floorMaterial = facts.floor();
        this.wallMaterial = facts.wall();
        this.roofMaterial = facts.roof();
        this.waterSource = facts.water();
        this.lighting = facts.lighting();
        this.installedPower = facts.power();
        this.cookingFuel = facts.cookingFuel();
        this.toilet = facts.toilet();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public HousingFacts facts() {
        return new HousingFacts(tenure, floorMaterial, wallMaterial, roofMaterial, waterSource, lighting,
                installedPower, cookingFuel, toilet);
    }
}
