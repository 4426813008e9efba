package id.lentera.casework.web;

import java.util.HashSet;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.ApprovalKind;
import id.lentera.casework.ApprovalRow;
import id.lentera.casework.CaseRuleException;
import id.lentera.casework.Casework;
import id.lentera.client.ClientSummaries;
import id.lentera.shared.InputText;
import id.lentera.shared.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The supervisor's queue of plans and terminations waiting for approval, and the decisions. */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

    private static final int MAX_COMMENT = 1000;

    private final Casework casework;
    private final ClientSummaries clients;
    private final TeamDirectory teams;

    ApprovalController(Casework casework, ClientSummaries clients, TeamDirectory teams) {
        this.casework = casework;
        this.clients = clients;
        this.teams = teams;
    }

    @PersonalData(value = "APPROVALS_LISTED", filters = "page")
    @GetMapping
    String showQueue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<ApprovalRow> queue = casework.approvalQueue(user, PageRequest.of(Math.max(page, 0), CaseController.PAGE_SIZE));
        Set<Long> clientIds = new HashSet<>();
        Set<Long> people = new HashSet<>();
        queue.forEach(row -> {
            clientIds.add(row.clientId());
            people.add(row.requestedBy());
        });
        model.addAttribute("queue", queue);
        model.addAttribute("clientNames", clients.displayNames(clientIds));
        model.addAttribute("names", teams.fullNames(people));
        return "approvals/list";
    }

    /**
     * @param decision {@code approve} or {@code return}
     * @param back where to go afterwards: the queue, or the case page when decided there
     */
    @PostMapping("/{caseId}/{kind}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId, @PathVariable ApprovalKind kind,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "queue") String back, RedirectAttributes redirect) {
        String target = "case".equals(back) ? "redirect:/cases/" + caseId : "redirect:/approvals";
        try {
            if (!"approve".equals(decision) && !"return".equals(decision)) {
                throw new CaseRuleException("case.approval.decisionRequired");
            }
            if (comment != null && comment.length() > MAX_COMMENT) {
                throw new CaseRuleException("case.approval.commentTooLong");
            }
            boolean approve = "approve".equals(decision);
            casework.decideApproval(caseId, kind, approve, Text.trim(comment), user);
            redirect.addFlashAttribute("success", approve ? "case.approval.approved" : "case.approval.returned");
        } catch (CaseRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("comment", comment);
        }
        return target;
    }

    /**
     * A decision whose comment (or other value) the input rules refuse comes back where it was made,
     * with the comment kept and the reason on top, as the other refusals of this form do.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String refused(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (!e.getParameter().hasParameterAnnotation(RequestParam.class)) {
            // a made-up address (/approvals/1/BOGUS): rethrown as it is, it gets the usual 400
            throw e;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseId = variables instanceof java.util.Map<?, ?> map ? String.valueOf(map.get("caseId")) : "";
        String target = "case".equals(request.getParameter("back")) && caseId.matches("\\d{1,18}")
                ? "redirect:/cases/" + caseId : "redirect:/approvals";
        String reason = e.getName().equals("comment") && request.getParameter("comment") != null
                && request.getParameter("comment").length() > MAX_COMMENT ? "case.approval.commentTooLong"
                : InputText.hasRefusedCharacter(String.valueOf(e.getValue())) ? "input.refusedCharacter"
                : "input.parameter.invalid";
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("failure", reason);
        flash.put("comment", request.getParameter("comment"));
        return target;
    }
}
