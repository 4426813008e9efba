package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's record as the client page shows it, fully loaded (no lazy loading in templates).
 * NIK and KK are whole here: only those allowed to open the client get this view.
 *
 * @param household null when the client is in no household
 * @param canEdit whether the viewer may change the record (the head of office reads only)
 */
public record ClientView(long id, long version, String fullName, String alias, String nik,
        NikMissingReason nikMissingReason, Sex sex, LocalDate birthDate, Integer birthYear, boolean birthYearEstimated,
        Age age, String birthplace, String phone, Situation situation, String currentAddress,
        String currentKelurahanCode, String currentKelurahanName, String originRegionCode, String originRegionName,
        String occupation, Long incomePerMonth, String education, MaritalStatus maritalStatus, LocalDate consentOn,
        boolean consentToServices, boolean consentToShare, List<String> ppksCategories, List<Long> ppksCategoryIds,
        Map<DocumentType, DocumentHolding> documents, HouseholdSummary household, Instant registeredAt,
        String registeredByName, String nikWarningOverride, String duplicateOverrideReason, boolean canEdit,
        Long openCaseId, List<ClientHistory.Entry> history) {

    /** The household the client lives in, as far as the client page shows it. */
    public record HouseholdSummary(long id, String kkNumber, String street, String rt, String rw,
            String kelurahanName, String headName, Relationship relationship, int memberCount) {
    }
}
