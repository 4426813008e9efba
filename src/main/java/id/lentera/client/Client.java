package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The person a case is about, with what casework needs: how to reach them, where they live now,
 * their PPKS categories and their consent. Usually a household member; a homeless client may have
 * no household yet.
 */
@Entity
@Table(name = "client")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Client extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String alias;
    @Enumerated(EnumType.STRING)
    private NikMissingReason nikMissingReason;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Situation situation;
    private String currentAddress;
    private String currentKelurahanCode;
    private String originRegionCode;
    private String occupation;
    private Long incomePerMonth;
    private String education;
    @Enumerated(EnumType.STRING)
    private MaritalStatus maritalStatus;
    private LocalDate consentOn;
    private boolean consentToServices;
    private boolean consentToShare;
    private Instant registeredAt;
    private Long registeredBy;
    private Long teamId;
    private String duplicateOverrideReason;

    @ManyToMany
    @JoinTable(name = "client_ppks", joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<PpksCategory> ppksCategories = new HashSet<>();

    Client(Person person, long registeredBy, Long teamId, Instant now) {
        this.person = person;
        this.registeredBy = registeredBy;
        this.teamId = teamId;
        this.registeredAt = now;
    }

    void describe(ClientDetails details, Set<PpksCategory> categories) {
        this.alias = blankToNull(details.alias());
        this.nikMissingReason = person.getNik() == null ? details.nikMissingReason() : null;
        this.phone = details.phone();
        this.situation = details.situation();
        this.currentAddress = blankToNull(details.currentAddress());
        this.currentKelurahanCode = details.currentKelurahanCode();
        this.originRegionCode = details.originRegionCode();
        this.occupation = blankToNull(details.occupation());
        this.incomePerMonth = details.incomePerMonth();
        this.education = blankToNull(details.education());
        this.maritalStatus = details.maritalStatus();
        this.consentOn = details.consentOn();
        this.consentToServices = details.consentToServices();
        this.consentToShare = details.consentToShare();
        this.ppksCategories.clear();
        this.ppksCategories.addAll(categories);
    }

    void overrideDuplicateWarning(String reason) {
        this.duplicateOverrideReason = reason;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
