package id.lentera.client.web;

import java.util.function.Supplier;

import id.lentera.client.ClientRuleException;
import id.lentera.client.FieldProblem;
import id.lentera.client.InvalidInputException;
import id.lentera.client.NikMismatchException;
import id.lentera.shared.StaleEditException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every household form is saved: only when it is valid; then back to the household with a
 * message. When the service refuses, the form comes back with what was typed: its problems next
 * to their fields, a rule of the roster above the form (or next to {@code ruleField}), and for a
 * stale save the conflict message with the version set to the stored one, so saving again overwrites
 * knowingly; for a NIK that disagrees with the sex or birth date, what disagrees ({@code nikMismatches}).
 */
final class FormSubmission {

    private final BindingResult result;
    private final Model model;
    private final String view;
    private String ruleField;
    private Runnable onStale = () -> {
    };

    private FormSubmission(BindingResult result, Model model, String view) {
        this.result = result;
        this.model = model;
        this.view = view;
    }

    static FormSubmission of(BindingResult result, Model model, String view) {
        return new FormSubmission(result, model, view);
    }

    /** Shows a refusal by the roster's rules next to this field rather than above the form. */
    FormSubmission rulesNextTo(String field) {
        this.ruleField = field;
        return this;
    }

    /** What to do to the form when the record changed since it was opened (take the stored version). */
    FormSubmission whenStale(Runnable takeStoredVersion) {
        this.onStale = takeStoredVersion;
        return this;
    }

    /** @return the view to render: a redirect to {@code then} with the message {@code success}, or the form again */
    String save(Runnable action, RedirectAttributes redirect, String success, String then) {
        return save(() -> {
            action.run();
            return then;
        }, redirect, success);
    }

    /** As {@link #save(Runnable, RedirectAttributes, String, String)}, going where the action says. */
    String save(Supplier<String> actionGivingWhereNext, RedirectAttributes redirect, String success) {
        if (result.hasErrors()) {
            return view;
        }
        try {
            String then = actionGivingWhereNext.get();
            redirect.addFlashAttribute("success", success);
            return "redirect:" + then;
        } catch (StaleEditException e) {
            onStale.run();
            model.addAttribute("conflict", true);
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                result.rejectValue(problem.field(), problem.code());
            }
        } catch (NikMismatchException e) {
            // the form shows what disagrees next to the NIK and asks for the reason
            model.addAttribute("nikMismatches", e.mismatches());
        } catch (ClientRuleException e) {
            if (ruleField == null) {
                result.reject(e.code());
            } else {
                result.rejectValue(ruleField, e.code());
            }
        }
        return view;
    }
}
