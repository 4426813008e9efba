package id.lentera.client.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.lentera.client.ClientDetails;
import id.lentera.client.ClientRecord;
import id.lentera.client.ClientView;
import id.lentera.client.DocumentHolding;
import id.lentera.client.DocumentStatus;
import id.lentera.client.DocumentType;
import id.lentera.client.HouseholdAddress;
import id.lentera.client.HouseholdPlan;
import id.lentera.client.MaritalStatus;
import id.lentera.client.MaternalStatus;
import id.lentera.client.NikMissingReason;
import id.lentera.client.PersonFacts;
import id.lentera.client.Relationship;
import id.lentera.client.Sex;
import id.lentera.client.Situation;
import id.lentera.client.TriState;
import id.lentera.shared.IndonesianPhone;
import id.lentera.shared.PhoneNumbers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The client form, for registering and editing. The household part is only read when
 * registering. The rules that need the database (regions, NIK and KK on record, duplicates) are
 * the service's; this class checks what the form alone can.
 */
@Getter
@Setter
class ClientForm {

    private static final String NUMBER_SEPARATORS = "[\\s.\\-]";

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @Size(max = 120)
    private String alias;

    /** Digits, spaces, dots or dashes; the service checks it is a real NIK. */
    @Size(max = 25)
    @Pattern(regexp = "^[0-9\\s.\\-]*$", message = "{client.nik.problem.NOT_16_DIGITS}")
    private String nik;

    private NikMissingReason nikMissingReason;

    @NotNull
    private Sex sex;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Min(value = 1880, message = "{client.birthYear.tooOld}")
    @Max(value = 2200, message = "{client.birthYear.future}")
    private Integer birthYear;

    @Size(max = 100)
    private String birthplace;

    @IndonesianPhone
    @Size(max = 30)
    private String phone;

    @NotNull
    private Situation situation;

    @Size(max = 300)
    private String currentAddress;

    @Size(max = 13)
    private String currentKelurahanCode;

    @Size(max = 13)
    private String originRegionCode;

    @Size(max = 100)
    private String occupation;

    /** Rupiah as people write them: {@code 1500000}, {@code 1.500.000} or {@code Rp 1.500.000}. */
    @Pattern(regexp = "^\\s*(-?(Rp\\.?\\s*)?[0-9][0-9.]{0,15})?\\s*$", message = "{client.income.format}")
    private String incomePerMonth;

    @Size(max = 20)
    private String education;

    private MaritalStatus maritalStatus;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentOn;

    private boolean consentToServices;
    private boolean consentToShare;

    private Set<Long> ppksCategoryIds = new LinkedHashSet<>();

    private Map<DocumentType, DocumentStatus> documentStatus = new EnumMap<>(DocumentType.class);

    private Map<DocumentType, @Size(max = 30) String> documentNumber = new EnumMap<>(DocumentType.class);

    // the household, when registering
    @NotNull
    private HouseholdPlan.Choice householdChoice = HouseholdPlan.Choice.NEW;

    @Size(max = 25)
    private String kkNumber;

    @Size(max = 200)
    private String street;

    @Pattern(regexp = "^\\s*\\d{0,3}\\s*$", message = "{client.rtRw.format}")
    private String rt;

    @Pattern(regexp = "^\\s*\\d{0,3}\\s*$", message = "{client.rtRw.format}")
    private String rw;

    @Size(max = 13)
    private String householdKelurahanCode;

    @Size(max = 25)
    private String joinKkNumber;

    private Relationship relationship;

    // reasons to continue past warnings
    @Size(max = 500)
    private String nikWarningOverride;

    @Size(max = 500)
    private String duplicateOverrideReason;

    private long version;

    ClientForm() {
        for (DocumentType type : DocumentType.values()) {
            documentStatus.put(type, DocumentStatus.UNKNOWN);
        }
    }

    ClientRecord toRecord() {
        String digits = digits(nik);
        PersonFacts person = new PersonFacts(fullName == null ? null : fullName.strip(), digits, sex, birthDate,
                birthDate == null ? birthYear : null, birthDate == null && birthYear != null, blankToNull(birthplace),
                MaternalStatus.NONE, null, null, TriState.UNKNOWN, null);
        String normalizedPhone = phone == null || phone.isBlank() ? null : PhoneNumbers.normalize(phone).orElse(phone);
        ClientDetails details = new ClientDetails(alias, digits == null ? nikMissingReason : null, normalizedPhone,
                situation, currentAddress, blankToNull(currentKelurahanCode), blankToNull(originRegionCode),
                occupation, rupiah(incomePerMonth), education, maritalStatus, consentOn, consentToServices, consentToShare,
                ppksCategoryIds == null ? Set.of() : Set.copyOf(ppksCategoryIds));
        Map<DocumentType, DocumentHolding> documents = new EnumMap<>(DocumentType.class);
        documentStatus.forEach((type, status) -> {
            if (type != null && status != null) {
                documents.put(type, new DocumentHolding(status, blankToNull(documentNumber.get(type))));
            }
        });
        return new ClientRecord(person, details, documents, blankToNull(nikWarningOverride),
                blankToNull(duplicateOverrideReason));
    }

    HouseholdPlan toHouseholdPlan() {
        return switch (householdChoice) {
            case NEW -> HouseholdPlan.heading(new HouseholdAddress(digits(kkNumber), blankToNull(street),
                    blankToNull(rt), blankToNull(rw), blankToNull(householdKelurahanCode)));
            case JOIN -> HouseholdPlan.joining(digits(joinKkNumber), relationship);
            case NONE -> HouseholdPlan.none();
        };
    }

    static ClientForm of(ClientView client) {
        ClientForm form = new ClientForm();
        form.fullName = client.fullName();
        form.alias = client.alias();
        form.nik = client.nik();
        form.nikMissingReason = client.nikMissingReason();
        form.sex = client.sex();
        form.birthDate = client.birthDate();
        form.birthYear = client.birthYear();
        form.birthplace = client.birthplace();
        form.phone = PhoneNumbers.display(client.phone());
        form.situation = client.situation();
        form.currentAddress = client.currentAddress();
        form.currentKelurahanCode = client.currentKelurahanCode();
        form.originRegionCode = client.originRegionCode();
        form.occupation = client.occupation();
        form.incomePerMonth = client.incomePerMonth() == null ? null : String.valueOf(client.incomePerMonth());
        form.education = client.education();
        form.maritalStatus = client.maritalStatus();
        form.consentOn = client.consentOn();
        form.consentToServices = client.consentToServices();
        form.consentToShare = client.consentToShare();
        form.ppksCategoryIds = new LinkedHashSet<>(client.ppksCategoryIds());
        client.documents().forEach((type, holding) -> {
            form.documentStatus.put(type, holding.status());
            form.documentNumber.put(type, holding.number());
        });
        form.nikWarningOverride = client.nikWarningOverride();
        form.householdChoice = HouseholdPlan.Choice.NONE;
        form.version = client.version();
        return form;
    }

    /** Null when blank; a negative amount stays negative so that the service can refuse it. */
    private static Long rupiah(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        String digits = amount.replaceAll("[^0-9-]", "");
        return digits.isEmpty() || digits.equals("-") ? null : Long.valueOf(digits);
    }

    private static String digits(String number) {
        String stripped = number == null ? "" : number.replaceAll(NUMBER_SEPARATORS, "");
        return stripped.isEmpty() ? null : stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
