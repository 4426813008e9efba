package id.lentera.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import id.lentera.account.AccountName;
import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.CaseAlreadyOpenException;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.CaseRow;
import id.lentera.casework.CaseRuleException;
import id.lentera.casework.CaseStatus;
import id.lentera.casework.Casework;
import id.lentera.casework.RiskLevel;
import id.lentera.casework.Stage;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import id.lentera.client.HouseholdVerdicts;
import id.lentera.shared.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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

/** The caseload, opening a case, the case page and its printable summary. */
@Controller
@RequestMapping("/cases")
class CaseController {

    static final int PAGE_SIZE = 20;

    private final Casework casework;
    private final ClientSummaries clients;
    private final TeamDirectory teams;
    private final Clock clock;
    private final ObjectProvider<HouseholdVerdicts> verdicts;

    CaseController(Casework casework, ClientSummaries clients, TeamDirectory teams, Clock clock,
            ObjectProvider<HouseholdVerdicts> verdicts) {
        this.casework = casework;
        this.clients = clients;
        this.teams = teams;
        this.clock = clock;
        this.verdicts = verdicts;
    }

    @PersonalData(value = "CASELOAD_LISTED",
            filters = {"stage", "risk", "status", "awaiting", "quiet", "worker", "team", "quietDays", "page"})
    @GetMapping
    String showList(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean awaiting, @RequestParam(defaultValue = "false") boolean quiet,
            @RequestParam(required = false) Long worker, @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "0") int quietDays,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CaseFilter filter = CaseFilter.fromParameters(stage, risk, status, awaiting, quiet, worker, team, quietDays);
        CaseStatus caseStatus = filter.status();
        Page<CaseRow> cases = casework.caseload(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Set<Long> clientIds = new HashSet<>();
        Set<Long> workerIds = new HashSet<>();
        cases.forEach(row -> {
            clientIds.add(row.clientId());
            workerIds.add(row.workerId());
        });
        model.addAttribute("cases", cases);
        Map<Long, ClientSummary> summaries = clients.summaries(clientIds);
        Map<Long, String> clientNames = new HashMap<>();
        summaries.forEach((id, summary) -> clientNames.put(id, summary.displayName()));
        model.addAttribute("clientNames", clientNames);
        // PKH badges when the eligibility module is there: one query for the page's households
        model.addAttribute("verdicts", ClientSummaries.verdictsOf(summaries, verdicts.getIfAvailable()));
        // the worker filter is named only when it is one of the page's workers or within the user's teams:
        // any id may be typed into the URL (another team's worker gives an empty list shown by id)
        Set<Long> named = new HashSet<>(workerIds);
        if (worker != null) {
            named.add(worker);
        }
        Map<Long, AccountName> names = teams.namesAsSeenBy(user, named);
        Map<Long, String> workerNames = new HashMap<>();
        workerIds.forEach(id -> {
            if (names.containsKey(id)) {
                workerNames.put(id, names.get(id).fullName());
            }
        });
        model.addAttribute("workerNames", workerNames);
        model.addAttribute("counts", casework.openCountsByStage(user));
        model.addAttribute("filter", filter);
        model.addAttribute("statusParam", caseStatus == null ? "ALL" : caseStatus.name());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("now", clock.instant());
        if (worker != null) {
            AccountName filtered = names.get(worker);
            model.addAttribute("workerName", workerNames.containsKey(worker) ? workerNames.get(worker)
                    : filtered == null ? null : filtered.nameIfWithinReach());
        }
        return "cases/list";
    }

    @PersonalData(value = "CASE_FORM_OPENED", record = "client", id = "client")
    @GetMapping("/new")
    String showCreateForm(@AuthenticationPrincipal CurrentUser user, @RequestParam("client") long clientId,
            Model model) {
        OpenCaseForm form = new OpenCaseForm();
        form.setOpenedOn(LocalDate.now(clock));
        return createPage(user, clientId, form, model);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam("client") long clientId,
            @Valid @ModelAttribute("form") OpenCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = casework.open(clientId, form.getWorkerId(), form.getOpenedOn(), user);
                redirect.addFlashAttribute("success", "case.opened");
                return "redirect:/cases/" + id;
            } catch (CaseAlreadyOpenException e) {
                model.addAttribute("openCaseId", e.openCaseId());
            } catch (CaseRuleException e) {
                Rules.reject(result, e, "openedOn", "workerId");
            }
        }
        return createPage(user, clientId, form, model);
    }

    private String createPage(CurrentUser user, long clientId, OpenCaseForm form, Model model) {
        model.addAttribute("client", casework.clientForNewCase(clientId, user));
        model.addAttribute("form", form);
        model.addAttribute("workers", casework.assignableWorkers(user));
        if (!model.containsAttribute("openCaseId")) {
            casework.openCaseOf(clientId).ifPresent(id -> model.addAttribute("openCaseId", id));
        }
        return "cases/new";
    }

    @PersonalData(value = "CASE_VIEWED", record = "case", id = "id")
    @GetMapping("/{id}")
    String showDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("details", casework.find(id, user));
        model.addAttribute("now", clock.instant());
        model.addAttribute("stages", Stage.values());
        return "cases/detail";
    }

    @PersonalData(value = "CASE_PRINTED", record = "case", id = "id")
    @GetMapping("/{id}/print")
    String print(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("details", casework.find(id, user));
        model.addAttribute("now", clock.instant());
        return "cases/print";
    }
}
