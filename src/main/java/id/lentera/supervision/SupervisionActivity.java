package id.lentera.supervision;

import java.time.Instant;

/**
 * Something done in the supervision module that the audit log keeps: an export (what, with which
 * filter, how many rows) or a change of the office settings (which fields). Never a name or a NIK.
 *
 * @param kind e.g. {@code EXPORT_CASELOAD_XLSX}, {@code OFFICE_SETTINGS_CHANGED}
 * @param target what it concerns, e.g. {@code case 42}, {@code month 2026-11}
 * @param detail the filter or the changed fields
 * @param rows rows exported, or null
 */
public record SupervisionActivity(Instant at, String actor, String kind, String target, String detail, Long rows) {
}
