package id.lentera.account.web;

import id.lentera.account.CurrentUser;
import id.lentera.account.PasswordChanges;
import id.lentera.account.PasswordPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the only page open to someone holding a temporary one. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "account/password";

    private final PasswordChanges passwordChanges;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChanges passwordChanges) {
        this.passwordChanges = passwordChanges;
    }

    @GetMapping
    String showForm(@ModelAttribute("form") PasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        var outcome = passwordChanges.change(user, form.getCurrentPassword(), form.getNewPassword(),
                request.getRemoteAddr(), request.getSession().getId());
        if (outcome.lockedOut()) {
            // too many wrong passwords, even from a signed-in session: it ends like any other
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        if (outcome.waitSeconds() > 0) {
            result.rejectValue("currentPassword", "login.throttled", new Object[] {outcome.waitSeconds()}, null);
            return VIEW;
        }
        if (outcome.currentPasswordWrong()) {
            result.rejectValue("currentPassword", "password.current.wrong");
            return VIEW;
        }
        if (!outcome.changed()) {
            for (PasswordPolicy.Violation violation : outcome.violations()) {
                result.rejectValue("newPassword", "password.policy." + violation.name(),
                        new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null);
            }
            return VIEW;
        }
        refreshPrincipal(outcome.user(), authentication, request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    /**
     * This session stays signed in with the new password's version (every other session ends), and
     * no longer carries the temporary-password mark.
     */
    private void refreshPrincipal(CurrentUser user, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
        token.setDetails(authentication.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
