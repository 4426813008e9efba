package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * Someone the office knows of: a client, or a member of a client's household. Holds the facts that
 * PKH and casework look at; ages are computed from them as of a date, never stored.
 */
@Entity
@Table(name = "person")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Person extends AbstractEntity {

    private String fullName;
    private String nik;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private LocalDate birthDate;
    private Integer birthYear;
    private boolean birthYearEstimated;
    private String birthplace;
    @Enumerated(EnumType.STRING)
    private MaternalStatus maternalStatus = MaternalStatus.NONE;
    private LocalDate deliveryDate;
    @Enumerated(EnumType.STRING)
    private Schooling schooling;
    @Enumerated(EnumType.STRING)
    private TriState severeDisability = TriState.UNKNOWN;
    private String disabilityType;
    private LocalDate deceasedOn;
    /** Why the NIK was kept although it disagrees with the sex or birth date (set by the household roster). */
    private String nikWarningOverride;
    private Instant createdAt;
    private Long createdBy;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "person_document", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "type")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<DocumentType, DocumentHolding> documents = new EnumMap<>(DocumentType.class);

    Person(PersonFacts facts, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        update(facts);
    }

    void update(PersonFacts facts) {
        this.fullName = facts.fullName().strip();
        this.nik = facts.nik();
        this.sex = facts.sex();
        this.birthDate = facts.birthDate();
        this.birthYear = facts.birthDate() == null ? facts.birthYear() : null;
        this.birthYearEstimated = this.birthYear != null && facts.birthYearEstimated();
        this.birthplace = facts.birthplace();
        this.maternalStatus = facts.maternalStatus() == null ? MaternalStatus.NONE : facts.maternalStatus();
        this.deliveryDate = this.maternalStatus == MaternalStatus.NONE ? null : facts.deliveryDate();
        this.schooling = facts.schooling();
        this.severeDisability = facts.severeDisability() == null ? TriState.UNKNOWN : facts.severeDisability();
        this.disabilityType = this.severeDisability == TriState.YES ? facts.disabilityType() : null;
    }

    void recordDocument(DocumentType type, DocumentStatus status, String number) {
        documents.put(type, new DocumentHolding(status, status == DocumentStatus.HAVE ? number : null));
    }

    void overrideNikWarning(String reason) {
        this.nikWarningOverride = reason;
    }

    void recordDeath(LocalDate on) {
        this.deceasedOn = on;
    }

    /** Null when no birth date or year is known. */
    public Age ageOn(LocalDate date) {
        return Age.asOf(birthDate, birthYear, date);
    }

    public boolean aliveOn(LocalDate date) {
        return deceasedOn == null || date.isBefore(deceasedOn);
    }

    public DocumentStatus document(DocumentType type) {
        DocumentHolding holding = documents.get(type);
        return holding == null ? DocumentStatus.UNKNOWN : holding.status();
    }
}
