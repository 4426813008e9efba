package id.lentera.shared.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change of audited entities (Hibernate Envers): when, and by whom. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUser.class)
@Getter
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at")
    private Instant changedAt;

    /** The username of who made the change, or "system" for start-up and scheduled work. */
    private String username;

    void setUsername(String username) {
        this.username = username;
    }
}
