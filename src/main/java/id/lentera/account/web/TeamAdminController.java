package id.lentera.account.web;

import id.lentera.account.AccountManagement;
import id.lentera.account.AccountRuleException;
import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamManagement;
import id.lentera.shared.StaleEditException;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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

/** The admin's pages for teams. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

    private final TeamManagement teams;
    private final AccountManagement accounts;

    TeamAdminController(TeamManagement teams, AccountManagement accounts) {
        this.teams = teams;
        this.accounts = accounts;
    }

    @GetMapping
    String showList(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("teams",
                teams.search(q, PageRequest.of(Math.max(page, 0), AccountAdminController.PAGE_SIZE)));
        model.addAttribute("q", q);
        return "admin/teams/list";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", new TeamForm());
        addChoices(model);
        return "admin/teams/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = teams.create(form.getName(), form.getSupervisorId(), admin);
                redirect.addFlashAttribute("success", "team.created");
                return "redirect:/admin/teams/" + id;
            } catch (AccountRuleException e) {
                rejectRule(result, e);
            }
        }
        addChoices(model);
        return "admin/teams/form";
    }

    @GetMapping("/{id}")
    String showDetail(@PathVariable long id, Model model) {
        model.addAttribute("team", teams.find(id));
        return "admin/teams/detail";
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        var team = teams.find(id);
        TeamForm form = new TeamForm();
        form.setName(team.name());
        form.setSupervisorId(team.supervisorId());
        form.setVersion(team.version());
        model.addAttribute("form", form);
        model.addAttribute("teamId", id);
        addChoices(model);
        return "admin/teams/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
            @Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var current = teams.find(id);
        if (!result.hasErrors()) {
            try {
                teams.update(id, form.getVersion(), form.getName(), form.getSupervisorId(), admin);
                redirect.addFlashAttribute("success", "team.updated");
                return "redirect:/admin/teams/" + id;
            } catch (StaleEditException e) {
                form.setVersion(current.version());
                model.addAttribute("conflict", true);
            } catch (AccountRuleException e) {
                rejectRule(result, e);
            }
        }
        model.addAttribute("teamId", id);
        addChoices(model);
        return "admin/teams/form";
    }

    private static void rejectRule(BindingResult result, AccountRuleException e) {
        if (e.code().startsWith("team.name")) {
            result.rejectValue("name", e.code());
        } else {
            result.rejectValue("supervisorId", e.code());
        }
    }

    private void addChoices(Model model) {
        model.addAttribute("supervisors", accounts.activeAccounts(Role.SUPERVISOR));
    }
}
