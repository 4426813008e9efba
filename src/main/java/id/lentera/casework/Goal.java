package id.lentera.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A goal agreed with the client: specific and measurable (an indicator of success and a target
 * date), who is responsible, the activities planned for it, and at evaluation how far it was reached.
 */
@Entity
@Table(name = "case_goal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Goal extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    private String description;
    private String indicator;
    private LocalDate targetDate;
    private String responsible;

    @ElementCollection
    @CollectionTable(name = "case_goal_planned_activity", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    @Column(name = "description")
    private List<String> plannedActivities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private GoalResult result;
    private String evidence;

    Goal(CaseFile caseFile, GoalPlan plan) {
        this.caseFile = caseFile;
        revise(plan);
    }

    void revise(GoalPlan plan) {
        this.description = plan.description();
        this.indicator = plan.indicator();
        this.targetDate = plan.targetDate();
        this.responsible = plan.responsible();
        this.plannedActivities.clear();
        this.plannedActivities.addAll(plan.plannedActivities());
    }

    /** Specific and measurable: has an indicator of success and a target date. */
    public boolean measurable() {
        return indicator != null && !indicator.isBlank() && targetDate != null;
    }

    void evaluate(GoalResult result, String evidence) {
        this.result = result;
        this.evidence = evidence;
    }

    void clearEvaluation() {
        this.result = null;
        this.evidence = null;
    }
}
