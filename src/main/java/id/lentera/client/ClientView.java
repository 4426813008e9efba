package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's record as the client page shows it, fully loaded (no lazy loading in templates).
 * NIK and KK are whole here for those who work on the client; the head of office gets them masked
 * ({@code 1275••••••••0003}, document numbers too) unless they chose to see them.
 *
 * @param household null when the client is in no household
 * @param canEdit whether the viewer may change the record (the head of office reads only)
 * @param identityMasked NIK, KK and document numbers are masked; the head may reveal them
 */
public record ClientView(long id, long version, String fullName, String alias, String nik,
        NikMissingReason nikMissingReason, Sex sex, LocalDate birthDate, Integer birthYear, boolean birthYearEstimated,
        Age age, String birthplace, String phone, Situation situation, String currentAddress,
        String currentKelurahanCode, String currentKelurahanName, String originRegionCode, String originRegionName,
        String occupation, Long incomePerMonth, String education, MaritalStatus maritalStatus, LocalDate consentOn,
        boolean consentToServices, boolean consentToShare, List<String> ppksCategories, List<Long> ppksCategoryIds,
        Map<DocumentType, DocumentHolding> documents, HouseholdSummary household, Instant registeredAt,
        String registeredByName, String nikWarningOverride, String duplicateOverrideReason, boolean canEdit,
        Long openCaseId, List<ClientHistory.Entry> history, boolean identityMasked) {

    /** The household the client lives in, as far as the client page shows it. */
    public record HouseholdSummary(long id, String kkNumber, String street, String rt, String rw,
            String kelurahanName, String headName, Relationship relationship, int memberCount) {
    }

    /** One opening of the record, for its access log: who (username and name), when, how. */
    public record Opening(String username, String name, Instant at, String kind) {
    }
}
