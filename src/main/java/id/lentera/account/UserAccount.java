package id.lentera.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in to Lentera. Never deleted: a leaver is deactivated.
 *
 * <p>The sign-in counters (failures, lock, delay, last sign-in) are changed only by atomic SQL
 * updates in {@link SignInCounters}, so that concurrent attempts never lose a count; an update of
 * this entity writes only the columns it changed ({@code @DynamicUpdate}), so it never overwrites them.
 */
@Entity
@Table(name = "user_account")
@DynamicUpdate
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends AbstractEntity {

    private String username;
    private String fullName;
    private String email;
    private String phone;
    /** Nomor Induk Pegawai, 18 digits, or null. */
    private String nip;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    /** Kemendagri codes of the kecamatan this person serves, e.g. {@code 12.75.05}. */
    @ElementCollection
    @CollectionTable(name = "user_account_work_area", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "kecamatan_code")
    private Set<String> workArea = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private Language language;

    private String passwordHash;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;

    private boolean active;
    private Instant lastLoginAt;

    private int failedAttempts;
    private Instant failureWindowStart;
    private Instant lockedUntil;
    /** The last active admin is never locked: further attempts wait until then instead. */
    private Instant signInDelayedUntil;

    /**
     * Raised by every change that an open session must see at once: role, team, deactivation,
     * reactivation, a new password. Sessions compare it on every request (see {@link SessionRevalidation}).
     */
    private long securityVersion;
    /** Raised when the password is replaced (reset or changed): sessions signed in before end. */
    private long passwordVersion;

    private Instant createdAt;

    UserAccount(String username, Instant now) {
        this.username = username.strip();
        this.active = true;
        this.language = Language.id;
        this.createdAt = now;
    }

    void identifyAsCivilServant(String nip) {
        this.nip = nip;
    }

    void describe(String fullName, String email, String phone, Role role, Team team,
            Collection<String> workArea, Language language) {
        if (getId() != null && (role != this.role || !sameTeam(team))) {
            securityVersion++;
        }
        this.fullName = fullName.strip();
        this.email = email;
        this.phone = phone;
        this.role = role;
        this.team = team;
        this.workArea.clear();
        this.workArea.addAll(workArea);
        this.language = language;
    }

    void changeLanguage(Language language) {
        this.language = language;
    }

    /** The first password of a new account. */
    void setPassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = now;
    }

    /** A new password for an existing account (reset or changed): every session signed in before ends. */
    void replacePassword(String passwordHash, boolean temporary, Instant now) {
        setPassword(passwordHash, temporary, now);
        passwordVersion++;
        securityVersion++;
    }

    void deactivate() {
        this.active = false;
        securityVersion++;
    }

    void reactivate() {
        this.active = true;
        securityVersion++;
    }

    boolean isLocked(Instant now) {
        return lockedAt(lockedUntil, now);
    }

    boolean isDelayed(Instant now) {
        return signInDelayedUntil != null && now.isBefore(signInDelayedUntil);
    }

    void unlock() {
        this.failedAttempts = 0;
        this.failureWindowStart = null;
        this.lockedUntil = null;
        this.signInDelayedUntil = null;
    }

    static boolean lockedAt(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private boolean sameTeam(Team other) {
        Long before = team == null ? null : team.getId();
        Long after = other == null ? null : other.getId();
        return Objects.equals(before, after);
    }
}
