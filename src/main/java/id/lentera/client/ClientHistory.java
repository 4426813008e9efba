package id.lentera.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import id.lentera.shared.history.Revision;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The change history of a client, read from Envers and told in words: who changed which fields
 * of the record (and of the person's facts and documents), from what to what, and when. NIKs
 * appear masked.
 */
@Component
public class ClientHistory {

    /** One saved change: when, by whom, and what it changed. */
    public record Entry(Instant at, String username, boolean created, List<Change> changes) {
    }

    /**
     * @param field message key of the field's label
     * @param valuePrefix when not null, the values are enum names shown as {@code #{valuePrefix + value}}
     */
    public record Change(String field, String from, String to, String valuePrefix) {
    }

    private record Field<T>(String label, Function<T, Object> value, String valuePrefix) {
    }

    private static final List<Field<Person>> PERSON_FIELDS = List.of(
            new Field<>("client.fullName", Person::getFullName, null),
            new Field<>("client.nik", p -> p.getNik() == null ? null : Nik.mask(p.getNik()), null),
            new Field<>("client.sex", Person::getSex, "client.sex."),
            new Field<>("client.birthDate", Person::getBirthDate, null),
            new Field<>("client.birthYear", Person::getBirthYear, null),
            new Field<>("client.birthplace", Person::getBirthplace, null),
            new Field<>("client.nikWarningOverride", Person::getNikWarningOverride, null));

    private static final List<Field<Client>> CLIENT_FIELDS = List.of(
            new Field<>("client.alias", Client::getAlias, null),
            new Field<>("client.nikMissingReason", Client::getNikMissingReason, "client.nikMissingReason."),
            new Field<>("client.phone", Client::getPhone, null),
            new Field<>("client.situation", Client::getSituation, "client.situation."),
            new Field<>("client.currentAddress", Client::getCurrentAddress, null),
            new Field<>("client.currentKelurahan", Client::getCurrentKelurahanCode, null),
            new Field<>("client.origin", Client::getOriginRegionCode, null),
            new Field<>("client.occupation", Client::getOccupation, null),
            new Field<>("client.income", Client::getIncomePerMonth, null),
            new Field<>("client.education", Client::getEducation, null),
            new Field<>("client.maritalStatus", Client::getMaritalStatus, "client.maritalStatus."),
            new Field<>("client.consentOn", Client::getConsentOn, null),
            new Field<>("client.consentToServices", Client::isConsentToServices, null),
            new Field<>("client.consentToShare", Client::isConsentToShare, null),
            new Field<>("client.ppks", c -> c.getPpksCategories().stream().map(PpksCategory::getName).sorted()
                    .toList().toString(), null),
            new Field<>("client.duplicateOverrideReason", Client::getDuplicateOverrideReason, null));

    private final EntityManager entityManager;

    ClientHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. A registration is one entry (created); later saves list what they changed. */
    List<Entry> of(Client client) {
        Map<Long, Entry> byRevision = new TreeMap<>(Comparator.reverseOrder());
        collect(Client.class, client.getId(), CLIENT_FIELDS, byRevision);
        collect(Person.class, client.getPerson().getId(), PERSON_FIELDS, byRevision);
        collectDocuments(client.getPerson().getId(), byRevision);
        return byRevision.values().stream().filter(e -> e.created() || !e.changes().isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> void collect(Class<T> type, long id, List<Field<T>> fields, Map<Long, Entry> into) {
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        T previous = null;
        for (Object[] row : revisions) {
            T current = (T) row[0];
            Revision revision = (Revision) row[1];
            boolean created = row[2] == RevisionType.ADD;
            List<Change> changes = new ArrayList<>();
            if (!created && previous != null) {
                for (Field<T> field : fields) {
                    Object before = field.value().apply(previous);
                    Object after = field.value().apply(current);
                    if (!Objects.equals(before, after)) {
                        changes.add(new Change(field.label(), text(before), text(after), field.valuePrefix()));
                    }
                }
            }
            Entry existing = into.get(revision.getId());
            if (existing == null) {
                into.put(revision.getId(), new Entry(revision.getChangedAt(), revision.getUsername(), created, changes));
            } else {
                List<Change> merged = new ArrayList<>(existing.changes());
                merged.addAll(changes);
                into.put(revision.getId(), new Entry(existing.at(), existing.username(),
                        existing.created() || created, merged));
            }
            previous = current;
        }
    }

    /**
     * Document changes, read from the audit table itself: Envers cannot rebuild the record
     * embeddable of a past revision. A changed entry is a delete and an add in the same revision.
     */
    private void collectDocuments(long personId, Map<Long, Entry> into) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.rev, d.revtype, d.type, d.status, d.number, r.changed_at, r.username
                  from person_document_aud d join revision r on r.id = d.rev
                 where d.person_id = :person order by d.rev, d.type, d.revtype desc""")
                .setParameter("person", personId).getResultList();
        Map<Long, Map<String, String[]>> byRevision = new TreeMap<>();
        Map<Long, Object[]> revisionInfo = new TreeMap<>();
        for (Object[] row : rows) {
            long rev = ((Number) row[0]).longValue();
            int revtype = ((Number) row[1]).intValue();
            // the status only: document numbers (a KTP number is a NIK) stay out of the history
            String value = (String) row[3];
            String[] fromTo = byRevision.computeIfAbsent(rev, r -> new TreeMap<>())
                    .computeIfAbsent((String) row[2], t -> new String[2]);
            fromTo[revtype == 2 ? 0 : 1] = value;
            revisionInfo.put(rev, new Object[] {row[5], row[6]});
        }
        byRevision.forEach((rev, types) -> {
            Entry existing = into.get(rev);
            if (existing != null && existing.created()) {
                return;
            }
            List<Change> changes = new ArrayList<>(existing == null ? List.of() : existing.changes());
            types.forEach((type, fromTo) -> {
                if (!Objects.equals(fromTo[0], fromTo[1])) {
                    changes.add(new Change("client.document." + type, fromTo[0], fromTo[1], "client.documentStatus."));
                }
            });
            Object[] info = revisionInfo.get(rev);
            Instant at = existing != null ? existing.at() : info[0] instanceof java.time.OffsetDateTime o
                    ? o.toInstant() : (Instant) info[0];
            into.put(rev, new Entry(at, existing != null ? existing.username() : (String) info[1], false, changes));
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
