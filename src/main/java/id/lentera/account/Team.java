package id.lentera.account;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A supervisor and the workers they lead. Members point at their team. */
@Entity
@Table(name = "team")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Team extends AbstractEntity {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private UserAccount supervisor;

    Team(String name, UserAccount supervisor) {
        rename(name);
        assignSupervisor(supervisor);
    }

    void rename(String name) {
        this.name = name.strip();
    }

    void assignSupervisor(UserAccount supervisor) {
        if (supervisor != null && supervisor.getRole() != Role.SUPERVISOR) {
            throw new AccountRuleException("team.supervisor.notSupervisor");
        }
        this.supervisor = supervisor;
    }
}
