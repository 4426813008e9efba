package id.lentera.casework.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.lentera.casework.Goal;
import id.lentera.casework.GoalPlan;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A goal of the plan (a target date may lie in the future), with its planned activities one per line. */
@Getter
@Setter
class GoalForm implements Versioned {

    @NotBlank
    @Size(max = 1000)
    private String description;

    @NotBlank
    @Size(max = 1000)
    private String indicator;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;

    @Size(max = 200)
    private String responsible;

    /** One planned activity per line. */
    @Size(max = 5000)
    private String plannedActivities;

    private long version;

    @AssertTrue(message = "{case.goal.plannedActivities.tooLong}")
    public boolean isEachActivityShort() {
        return lines().stream().allMatch(line -> line.length() <= 500);
    }

    List<String> lines() {
        return plannedActivities == null ? List.of()
                : Arrays.stream(plannedActivities.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    GoalPlan toPlan() {
        return new GoalPlan(Text.trim(description), Text.trim(indicator), targetDate, Text.trim(responsible), lines());
    }

    static GoalForm of(Goal goal, long version) {
        GoalForm form = new GoalForm();
        form.description = goal.getDescription();
        form.indicator = goal.getIndicator();
        form.targetDate = goal.getTargetDate();
        form.responsible = goal.getResponsible();
        form.plannedActivities = String.join("\n", goal.getPlannedActivities());
        form.version = version;
        return form;
    }
}
