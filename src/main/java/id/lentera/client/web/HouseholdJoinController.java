package id.lentera.client.web;

import id.lentera.account.CurrentUser;
import id.lentera.client.ClientRuleException;
import id.lentera.client.HouseholdJoins;
import id.lentera.shared.PersonalData;
import id.lentera.shared.StaleEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's list of requests to join their teams' households, and the answer to each. */
@Controller
@RequestMapping("/households/joins")
class HouseholdJoinController {

    private static final int COMMENT_MAX = 500;

    private final HouseholdJoins joins;

    HouseholdJoinController(HouseholdJoins joins) {
        this.joins = joins;
    }

    @PersonalData("HOUSEHOLD_JOINS_VIEWED")
    @GetMapping
    String showList(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", joins.forSupervisor(user));
        return "households/joins";
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return decide(redirect, "household.join.acceptedDone", () -> joins.accept(id, version, user));
    }

    @PostMapping("/{id}/refuse")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        if (comment != null && comment.length() > COMMENT_MAX) {
            redirect.addFlashAttribute("failure", "household.join.commentTooLong");
            return "redirect:/households/joins";
        }
        return decide(redirect, "household.join.refusedDone", () -> joins.refuse(id, version, comment, user));
    }

    private static String decide(RedirectAttributes redirect, String done, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", done);
        } catch (ClientRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("failure", "household.join.changed");
        }
        return "redirect:/households/joins";
    }
}
