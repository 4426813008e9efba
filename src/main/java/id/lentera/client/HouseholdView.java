package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the household page shows, loaded in a fixed number of queries.
 *
 * @param kkNumber the whole KK number, only for those who may change the household; else null
 * @param maskedKk what everyone else sees; null when there is no KK number
 * @param place the kelurahan with its kecamatan and kota, by name
 * @param editable whether the user may change it (head of office: never)
 * @param registry the registry checks, newest first; the first is the current status
 * @param history the changes, newest first
 */
public record HouseholdView(long id, long version, String kkNumber, String maskedKk, String street, String rt,
        String rw, String kelurahanCode, String place, boolean editable, List<Member> members,
        List<Member> formerMembers, List<RegistryEntry> registry, List<Change> history) {

    public RegistryEntry currentRegistryStatus() {
        return registry.isEmpty() ? null : registry.get(0);
    }

    public Member member(long memberId) {
        return members.stream().filter(m -> m.memberId() == memberId).findFirst().orElse(null);
    }

    /**
     * One person on the roster.
     *
     * @param clientId the person's client record, when they are a client the user may open
     * @param age as of the day the page was asked for; null when unknown
     * @param nik the whole NIK, only for those who may change the household; else null
     * @param nikWarningOverride why the NIK was kept although it disagrees with the sex or birth date
     */
    public record Member(long memberId, long memberVersion, long personId, long personVersion, String fullName,
            Relationship relationship, Sex sex, LocalDate birthDate, Integer birthYear, boolean birthYearEstimated,
            Age age, String nik, String maskedNik, MaternalStatus maternalStatus, LocalDate deliveryDate, Schooling schooling,
            TriState severeDisability, String disabilityType, LocalDate deceasedOn, LocalDate leftOn,
            String leftReason, Long clientId, Map<DocumentType, DocumentStatus> documents, String nikWarningOverride) {

        public boolean head() {
            return relationship == Relationship.HEAD;
        }

        public boolean deceased() {
            return deceasedOn != null;
        }
    }

    public record RegistryEntry(Registry registry, RegistryState status, String reason, String registryId,
            Integer decile, LocalDate checkedOn, RegistrySource source, String note, Instant recordedAt,
            String recordedBy) {
    }

    /**
     * One saved change: who, when, to what (the household or a member) and which fields. Values are
     * not shown: some are personal data and the current values are on the page.
     *
     * @param subject the member's name, or null for the household itself
     * @param kind {@code CREATED}, {@code CHANGED} or {@code REMOVED}
     * @param fields message keys of the fields that changed
     */
    public record Change(Instant at, String username, String subject, String kind, List<String> fields) {
    }
}
