package id.lentera.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * The worker's day: today's and overdue planned visits grouped by kelurahan, then the next days.
 *
 * @param page which page of the agenda this is (0: the first); a page lists at most
 *        {@code lentera.visits.agenda-limit} visits, the overdue and today's first
 * @param truncated whether there are more visits on the next page
 */
public record Agenda(LocalDate today, List<Group> now, List<Item> upcoming, int page, boolean truncated) {

    public boolean empty() {
        return now.isEmpty() && upcoming.isEmpty();
    }

    /** The visits of one kelurahan (name null: the household has no address). */
    public record Group(String kelurahan, List<Item> items) {
    }

    /** One planned visit, with whom and where. */
    public record Item(AgendaRow row, String clientName, String address, boolean overdue, boolean mine) {
    }
}
