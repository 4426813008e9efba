package id.lentera.account.web;

import java.time.Clock;

import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.AccountRuleException;
import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
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

/** The admin's pages for worker accounts. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final int PAGE_SIZE = 20;

    private final AccountManagement accounts;
    private final Clock clock;

    AccountAdminController(AccountManagement accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String showList(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long team, @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new AccountFilter(q, role, team, active);
        model.addAttribute("accounts", accounts.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("now", clock.instant());
        addChoices(model);
        return "admin/accounts/list";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", new AccountForm());
        addChoices(model);
        return "admin/accounts/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = accounts.create(form.toDetails(), admin);
                redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
                redirect.addFlashAttribute("success", "account.created");
                return "redirect:/admin/accounts/" + created.id();
            } catch (AccountRuleException e) {
                rejectRule(result, e);
            }
        }
        addChoices(model);
        return "admin/accounts/form";
    }

    @GetMapping("/{id}")
    String showDetail(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id));
        model.addAttribute("now", clock.instant());
        return "admin/accounts/detail";
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        var account = accounts.find(id);
        model.addAttribute("form", AccountForm.of(account));
        model.addAttribute("accountId", id);
        addChoices(model);
        return "admin/accounts/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var current = accounts.find(id);
        form.setUsername(current.username());
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.getVersion(), form.toDetails(), admin);
                redirect.addFlashAttribute("success", "account.updated");
                return "redirect:/admin/accounts/" + id;
            } catch (StaleEditException e) {
                // keep what the admin typed; from now on they edit the version that is stored
                form.setVersion(current.version());
                model.addAttribute("conflict", true);
            } catch (AccountRuleException e) {
                rejectRule(result, e);
            }
        }
        model.addAttribute("accountId", id);
        addChoices(model);
        return "admin/accounts/form";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.deactivated", () -> accounts.deactivate(id, admin));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.reactivated", () -> accounts.reactivate(id, admin));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.unlocked", () -> accounts.unlock(id, admin));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
            RedirectAttributes redirect) {
        return act(id, redirect, "account.passwordReset",
                () -> redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(id, admin)));
    }

    private String act(long id, RedirectAttributes redirect, String successMessage, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", successMessage);
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private static void rejectRule(BindingResult result, AccountRuleException e) {
        switch (e.code()) {
            case "account.username.taken" -> result.rejectValue("username", e.code());
            case "account.team.required", "account.team.unknown" -> result.rejectValue("teamId", e.code());
            case "account.workArea.invalid" -> result.rejectValue("workArea", e.code());
            case "account.lastAdmin", "account.role.stillSupervises" -> result.rejectValue("role", e.code());
            default -> result.reject(e.code());
        }
    }

    private void addChoices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("teams", accounts.teamChoices());
    }
}
