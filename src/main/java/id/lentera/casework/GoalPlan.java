package id.lentera.casework;

import java.time.LocalDate;
import java.util.List;

/** What a worker writes for a goal. */
public record GoalPlan(String description, String indicator, LocalDate targetDate, String responsible,
        List<String> plannedActivities) {
}
