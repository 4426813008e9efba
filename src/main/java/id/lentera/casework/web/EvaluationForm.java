package id.lentera.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.lentera.casework.CaseFile;
import id.lentera.casework.EvaluationDecision;
import id.lentera.casework.GoalResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Evaluasi: for each goal how far it was reached and the evidence; then the decision. */
@Getter
@Setter
class EvaluationForm implements Versioned {

    @Valid
    @Size(max = 100)
    private List<GoalLine> goals = new ArrayList<>();

    private EvaluationDecision decision;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;

    private long version;

    @Getter
    @Setter
    static class GoalLine {
        private Long goalId;
        private String description;
        private GoalResult result;
        @Size(max = 2000)
        private String evidence;
    }

    Map<Long, GoalResult> results() {
        Map<Long, GoalResult> results = new HashMap<>();
        goals.stream().filter(g -> g.goalId != null && g.result != null).forEach(g -> results.put(g.goalId, g.result));
        return results;
    }

    Map<Long, String> evidence() {
        Map<Long, String> evidence = new HashMap<>();
        goals.stream().filter(g -> g.goalId != null && g.result != null)
                .forEach(g -> evidence.put(g.goalId, Text.trim(g.evidence)));
        return evidence;
    }

    static EvaluationForm of(CaseFile file, LocalDate today) {
        EvaluationForm form = new EvaluationForm();
        file.getGoals().forEach(goal -> {
            GoalLine line = new GoalLine();
            line.goalId = goal.getId();
            line.description = goal.getDescription();
            line.result = goal.getResult();
            line.evidence = goal.getEvidence();
            form.goals.add(line);
        });
        form.decision = file.getEvaluationDecision();
        form.evaluatedOn = file.getEvaluatedOn() == null ? today : file.getEvaluatedOn();
        form.version = file.getVersion();
        return form;
    }
}
