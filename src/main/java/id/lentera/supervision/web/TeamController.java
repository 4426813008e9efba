package id.lentera.supervision.web;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseRuleException;
import id.lentera.casework.Stage;
import id.lentera.shared.NotAudited;
import id.lentera.shared.PersonalData;
import id.lentera.supervision.CaseloadReview;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team caseload review, a worker's cases, and handing cases to another worker of the team. */
@Controller
@RequestMapping("/team")
class TeamController {

    private final CaseloadReview review;

    TeamController(CaseloadReview review) {
        this.review = review;
    }

    @NotAudited("figures per worker of the team: counts, no client")
    @GetMapping
    String showTeam(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long team, Model model) {
        model.addAttribute("review", review.team(user, team));
        model.addAttribute("stages", Stage.values());
        return "supervision/team";
    }

    @PersonalData(value = "WORKER_CASES_VIEWED", record = "account", id = "id",
            filters = {"team", "sort", "dir", "page"})
    @GetMapping("/workers/{id}")
    String showWorker(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long team, @RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("reassignForm")) {
            model.addAttribute("reassignForm", new ReassignForm());
        }
        model.addAttribute("worker", review.worker(user, id, team, sort, !"asc".equals(dir), page));
        return "supervision/worker";
    }

    @PostMapping("/workers/{id}/reassign")
    String reassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long team, @Valid @ModelAttribute("reassignForm") ReassignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int moved = review.reassign(user, id, team, form.getCaseIds(), form.getToWorker(),
                        form.getReason());
                redirect.addFlashAttribute("success", "sup.reassign.done");
                return "redirect:/team/workers/" + id + (team == null ? "" : "?team=" + team);
            } catch (CaseRuleException e) {
                result.rejectValue("toWorker", e.code());
            }
        }
        model.addAttribute("worker", review.worker(user, id, team, null, true, 0));
        return "supervision/worker";
    }
}
