package id.lentera.client.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import id.lentera.client.DocumentStatus;
import id.lentera.client.DocumentType;
import id.lentera.client.HouseholdView;
import id.lentera.client.MaternalStatus;
import id.lentera.client.MemberDetails;
import id.lentera.client.PersonFacts;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A household member's relationship and facts, add and edit. A birth year alone is an estimate. */
@Getter
@Setter
class MemberForm {

    @NotNull
    private Relationship relationship;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @Size(max = 25)
    private String nik;

    @NotNull
    private Sex sex;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private Integer birthYear;

    @NotNull
    private MaternalStatus maternalStatus = MaternalStatus.NONE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveryDate;

    /** Null: not known. */
    private Schooling schooling;

    @NotNull
    private TriState severeDisability = TriState.UNKNOWN;

    @Size(max = 100)
    private String disabilityType;

    @NotNull
    private DocumentStatus ktpEl = DocumentStatus.UNKNOWN;

    @NotNull
    private DocumentStatus akta = DocumentStatus.UNKNOWN;

    /** Why the NIK is kept although it disagrees with the sex or birth date; asked only then. */
    @Size(max = 500)
    private String nikWarningOverride;

    private long version;

    MemberDetails toDetails() {
        String digits = nik == null || nik.isBlank() ? null : nik.replaceAll("[\\s.\\-]", "");
        PersonFacts facts = new PersonFacts(fullName == null ? null : fullName.strip(), digits, sex, birthDate,
                birthDate == null ? birthYear : null, birthDate == null && birthYear != null, null, maternalStatus,
                maternalStatus == MaternalStatus.NONE ? null : deliveryDate, schooling, severeDisability,
                severeDisability == TriState.YES && disabilityType != null ? disabilityType.strip() : null);
        Map<DocumentType, DocumentStatus> documents = new EnumMap<>(DocumentType.class);
        documents.put(DocumentType.KTP_EL, ktpEl);
        documents.put(DocumentType.AKTA, akta);
        return new MemberDetails(relationship, facts, documents,
                nikWarningOverride == null || nikWarningOverride.isBlank() ? null : nikWarningOverride.strip());
    }

    /** The form of an existing member, for those who may change it (so with the whole NIK). */
    static MemberForm of(HouseholdView.Member member) {
        MemberForm form = new MemberForm();
        form.relationship = member.relationship();
        form.fullName = member.fullName();
        form.nik = member.nik();
        form.sex = member.sex();
        form.birthDate = member.birthDate();
        form.birthYear = member.birthYear();
        form.maternalStatus = member.maternalStatus();
        form.deliveryDate = member.deliveryDate();
        form.schooling = member.schooling();
        form.severeDisability = member.severeDisability();
        form.disabilityType = member.disabilityType();
        form.ktpEl = member.documents().getOrDefault(DocumentType.KTP_EL, DocumentStatus.UNKNOWN);
        form.akta = member.documents().getOrDefault(DocumentType.AKTA, DocumentStatus.UNKNOWN);
        form.nikWarningOverride = member.nikWarningOverride();
        form.version = member.personVersion();
        return form;
    }
}
