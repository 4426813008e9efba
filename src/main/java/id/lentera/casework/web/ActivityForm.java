package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.ActivityType;
import id.lentera.casework.CaseActivity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Something done in the intervention, on a day not before the case was opened and not in the future. */
@Getter
@Setter
class ActivityForm implements Versioned {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;

    @NotNull
    private ActivityType type;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Size(max = 2000)
    private String outcome;

    private Long goalId;

    /** The case version a correction was opened with; unused for a new activity. */
    private long version;

    static ActivityForm of(CaseActivity activity, long version) {
        ActivityForm form = new ActivityForm();
        form.doneOn = activity.getDoneOn();
        form.type = activity.getType();
        form.description = activity.getDescription();
        form.outcome = activity.getOutcome();
        form.goalId = activity.getGoalId();
        form.version = version;
        return form;
    }
}
