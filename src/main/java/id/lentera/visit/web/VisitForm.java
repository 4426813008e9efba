package id.lentera.visit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import id.lentera.client.HousingFacts;
import id.lentera.visit.GeoPosition;
import id.lentera.visit.HomeVisit;
import id.lentera.visit.VisitPlace;
import id.lentera.visit.VisitPurpose;
import id.lentera.visit.VisitReport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The visit form, at the door: what was found, the position, the housing survey. {@code key} is made
 * when the form is first shown and kept in the browser's draft, so that sending it twice saves once.
 * In a correction ({@code correction}) the position, survey and next visit are not asked again.
 */
@Getter
@Setter
class VisitForm {

    /** Made when the form is first shown; a form that comes without one gets one (then it is not repeat-safe). */
    private UUID key;
    private Long version;
    private boolean correction;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startedAt;
    @NotNull
    private VisitPlace place;
    @Size(max = 200)
    private String placeNote;
    @Size(max = 300)
    private String metWith;
    @NotNull
    private VisitPurpose purpose;
    @Size(max = 4000)
    private String observations;
    @Size(max = 4000)
    private String situation;
    @Size(max = 2000)
    private String agreements;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextVisitOn;

    private Double latitude;
    private Double longitude;
    private Double accuracy;
    @Size(max = 40)
    private String positionAt;
    @Size(max = 300)
    private String noPositionReason;

    private HousingFacts.Tenure tenure;
    private HousingFacts.Floor floor;
    private HousingFacts.Wall wall;
    private HousingFacts.Roof roof;
    private HousingFacts.Water water;
    private HousingFacts.Lighting lighting;
    private HousingFacts.Power power;
    private HousingFacts.CookingFuel cookingFuel;
    private HousingFacts.Toilet toilet;

    /** A new form for a planned visit: today, now, at home, the purpose it was planned with. */
    static VisitForm start(HomeVisit visit, LocalDate today, LocalTime now) {
        VisitForm form = new VisitForm();
        form.key = UUID.randomUUID();
        form.version = visit.getVersion();
        form.visitedOn = today;
        form.startedAt = now.withSecond(0).withNano(0);
        form.place = VisitPlace.HOME;
        form.purpose = visit.getPurpose();
        return form;
    }

    /** The correction form of a done visit, filled in with what it says. */
    static VisitForm correcting(HomeVisit visit) {
        VisitForm form = new VisitForm();
        form.key = UUID.randomUUID();
        form.version = visit.getVersion();
        form.correction = true;
        form.visitedOn = visit.getVisitedOn();
        form.startedAt = visit.getStartedAt();
        form.place = visit.getPlace();
        form.placeNote = visit.getPlaceNote();
        form.metWith = visit.getMetWith();
        form.purpose = visit.getPurpose();
        form.observations = visit.getObservations();
        form.situation = visit.getSituation();
        form.agreements = visit.getAgreements();
        return form;
    }

    /** Whether only one of latitude and longitude came: the position is then not usable. */
    boolean positionIncomplete() {
        return (latitude == null) != (longitude == null);
    }

    /** Null when it is no instant (the browser gives milliseconds since 1970 or ISO text). */
    Instant positionTime() {
        if (positionAt == null || positionAt.isBlank()) {
            return null;
        }
        String value = positionAt.strip();
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value))
                    : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    VisitReport toReport() {
        GeoPosition position = latitude == null || longitude == null ? null
                : new GeoPosition(latitude, longitude, accuracy, positionTime());
        return new VisitReport(visitedOn, startedAt, place, placeNote, metWith, purpose, observations, situation,
                agreements, correction ? null : nextVisitOn, position, noPositionReason);
    }

    HousingFacts toHousing() {
        return new HousingFacts(tenure, floor, wall, roof, water, lighting, power, cookingFuel, toilet);
    }
}
