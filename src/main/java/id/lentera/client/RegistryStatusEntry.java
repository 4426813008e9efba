package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One dated check of a household in the welfare registry. The history is append-only; the latest
 * entry (by date checked, then by when it was recorded) is the current status.
 */
@Entity
@Table(name = "registry_status")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RegistryStatusEntry extends AbstractEntity {

    private Long householdId;
    @Enumerated(EnumType.STRING)
    private Registry registry;
    @Enumerated(EnumType.STRING)
    private RegistryState status;
    private String reason;
    private String registryId;
    private Integer decile;
    private LocalDate checkedOn;
    @Enumerated(EnumType.STRING)
    private RegistrySource source;
    private String note;
    private Instant recordedAt;
    private Long recordedBy;

    RegistryStatusEntry(long householdId, RegistryCheck check, long recordedBy, Instant now) {
        if (check.decile() != null && check.registry() != Registry.DTSEN) {
            throw new ClientRuleException("registry.decile.onlyDtsen");
        }
        if (check.status() == RegistryState.REJECTED && (check.reason() == null || check.reason().isBlank())) {
            throw new ClientRuleException("registry.reason.required");
        }
        this.householdId = householdId;
        this.registry = check.registry();
        this.status = check.status();
        this.reason = check.reason();
        this.registryId = check.registryId();
        this.decile = check.decile();
        this.checkedOn = check.checkedOn();
        this.source = check.source();
        this.note = check.note();
        this.recordedAt = now;
        this.recordedBy = recordedBy;
    }
}
