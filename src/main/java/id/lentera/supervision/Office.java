package id.lentera.supervision;

import java.time.Clock;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's letterhead and signatory: read by every report, edited by the admin. */
@Service
public class Office {

    private final OfficeSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Office(OfficeSettingsRepository settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OfficeDetails details() {
        return load().details();
    }

    /** The settings with their version, for the admin's form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Versioned edit() {
        OfficeSettings office = load();
        return new Versioned(office.details(), office.getVersion());
    }

    /**
     * @throws StaleEditException when someone saved the settings since {@code version} was read
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long version, OfficeDetails details, CurrentUser admin) {
        OfficeSettings office = load();
        StaleEditException.check("office", version, office.getVersion());
        List<String> changed = office.change(details);
        if (!changed.isEmpty()) {
            settings.saveAndFlush(office);
            events.publishEvent(new SupervisionActivity(clock.instant(), admin.username(), "OFFICE_SETTINGS_CHANGED",
                    "office", String.join(", ", changed), null));
        }
    }

    public record Versioned(OfficeDetails details, long version) {
    }

    private OfficeSettings load() {
        return settings.findById(OfficeSettings.ID).orElseThrow(() -> new NotFoundException("office settings"));
    }
}
