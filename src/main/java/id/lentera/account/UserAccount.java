package id.lentera.account;

import java.time.Instant;
import java.util.Collection;
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

/** A person who signs in to Lentera. Never deleted: a leaver is deactivated. */
@Entity
@Table(name = "user_account")
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

    void setPassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = now;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    boolean isLocked(Instant now) {
        return LockoutPolicy.isLocked(lockedUntil, now);
    }

    /** Records a wrong password; answers whether this failure locked the account. */
    boolean recordFailedSignIn(LockoutPolicy policy, Instant now) {
        var after = policy.afterFailure(
                new LockoutPolicy.Failures(failedAttempts, failureWindowStart, lockedUntil), now);
        boolean lockedNow = !isLocked(now) && after.lockedAt(now);
        this.failedAttempts = after.count();
        this.failureWindowStart = after.windowStart();
        this.lockedUntil = after.lockedUntil();
        return lockedNow;
    }

    void recordSignIn(Instant now) {
        this.lastLoginAt = now;
        unlock();
    }

    void unlock() {
        this.failedAttempts = 0;
        this.failureWindowStart = null;
        this.lockedUntil = null;
    }
}
