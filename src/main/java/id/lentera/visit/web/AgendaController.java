package id.lentera.visit.web;

import id.lentera.account.CurrentUser;
import id.lentera.shared.PersonalData;
import id.lentera.visit.VisitLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Agenda hari ini": the signed-in worker's planned visits of today, overdue ones and the next days. */
@Controller
class AgendaController {

    private final VisitLog visits;

    AgendaController(VisitLog visits) {
        this.visits = visits;
    }

    @PersonalData(value = "AGENDA_VIEWED", filters = "page")
    @GetMapping("/visits/today")
    String showAgenda(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "page", defaultValue = "0") String page, Model model) {
        // a mistyped page number shows the first page, not an error
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        model.addAttribute("agenda", visits.agenda(user, number));
        return "visits/today";
    }
}
