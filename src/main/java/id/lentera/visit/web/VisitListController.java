package id.lentera.visit.web;

import java.time.Clock;
import java.time.LocalDate;

import id.lentera.account.CurrentUser;
import id.lentera.shared.PersonalData;
import id.lentera.visit.VisitLists;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The visits behind a figure of the team page: overdue planned visits, or visits done in a period,
 * of a worker or a team. Malformed filter values are set aside with a message next to the field.
 */
@Controller
class VisitListController {

    private final VisitLists lists;
    private final Clock clock;

    VisitListController(VisitLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @PersonalData(value = "VISITS_LISTED", filters = {"worker", "team", "status", "from", "to", "page"})
    @GetMapping("/visits")
    String showList(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") VisitListForm filter,
            BindingResult result, Model model) {
        LocalDate today = LocalDate.now(clock);
        VisitLists.Kind kind = VisitLists.Kind.OVERDUE;
        if ("done".equals(filter.getStatus())) {
            kind = VisitLists.Kind.DONE;
        } else if (filter.getStatus() != null && !filter.getStatus().isBlank() && !"overdue".equals(filter.getStatus())) {
            result.rejectValue("status", "sup.visitList.statusInvalid");
        }
        filter.setStatus(kind.name().toLowerCase(java.util.Locale.ROOT));
        LocalDate from = result.hasFieldErrors("from") || filter.getFrom() == null ? today.withDayOfMonth(1) : filter.getFrom();
        LocalDate to = result.hasFieldErrors("to") || filter.getTo() == null ? today : filter.getTo();
        if (from.isAfter(to)) {
            result.rejectValue("from", "sup.visitList.fromAfterTo");
            from = to.withDayOfMonth(1);
        }
        if (!result.hasFieldErrors("from")) {
            filter.setFrom(from);
        }
        if (!result.hasFieldErrors("to")) {
            filter.setTo(to);
        }
        Long worker = result.hasFieldErrors("worker") ? null : filter.getWorker();
        Long team = result.hasFieldErrors("team") ? null : filter.getTeam();
        int page = result.hasFieldErrors("page") ? 0 : filter.getPage();
        model.addAttribute("visits", lists.find(new VisitLists.Query(kind, worker, team, from, to), user, page));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("done", kind == VisitLists.Kind.DONE);
        return "visits/list";
    }
}
