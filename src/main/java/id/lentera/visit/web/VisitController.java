package id.lentera.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseReference;
import id.lentera.client.HousingFacts;
import id.lentera.shared.PersonalData;
import id.lentera.shared.StaleEditException;
import id.lentera.visit.HomeVisit;
import id.lentera.visit.PhotoRetryLaterException;
import id.lentera.visit.VisitDetails;
import id.lentera.visit.VisitInputException;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPhotos;
import id.lentera.visit.VisitPlace;
import id.lentera.visit.VisitProperties;
import id.lentera.visit.VisitPurpose;
import id.lentera.visit.VisitStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a visit from a case, the visit page, recording it at the door, and what did not happen. */
@Controller
@RequestMapping("/visits")
class VisitController {

    private final VisitLog visits;
    private final VisitPhotos photos;
    private final VisitProperties properties;
    private final Clock clock;

    VisitController(VisitLog visits, VisitPhotos photos, VisitProperties properties, Clock clock) {
        this.visits = visits;
        this.photos = photos;
        this.properties = properties;
        this.clock = clock;
    }

    // --- scheduling

    @PersonalData(value = "VISIT_FORM_OPENED", record = "case", id = "case")
    @GetMapping("/new")
    String showPlanForm(@AuthenticationPrincipal CurrentUser user, @RequestParam("case") long caseId, Model model,
            RedirectAttributes redirect) {
        CaseReference target = plannable(caseId, user, redirect);
        if (target == null) {
            return "redirect:/cases/" + caseId;
        }
        PlanForm form = new PlanForm();
        form.setKey(UUID.randomUUID());
        form.setScheduledOn(LocalDate.now(clock));
        form.setPurpose(VisitPurpose.forStage(target.stage()));
        return planPage(model, target, form);
    }

    @PostMapping("/new")
    String plan(@AuthenticationPrincipal CurrentUser user, @RequestParam("case") long caseId,
            @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
            @RequestParam(name = "start", required = false) String start, Model model, RedirectAttributes redirect) {
        if (form.getKey() == null) {
            form.setKey(UUID.randomUUID());
        }
        CaseReference target = plannable(caseId, user, redirect);
        if (target == null) {
            return "redirect:/cases/" + caseId;
        }
        if (!result.hasErrors()) {
            try {
                long id;
                try {
                    id = visits.plan(caseId, form.getKey(), form.getScheduledOn(), form.getScheduledTime(),
                            form.getPurpose(), form.getNote(), user);
                } catch (DataIntegrityViolationException sentTwiceAtOnce) {
                    id = visits.plannedWith(form.getKey()).orElseThrow(() -> sentTwiceAtOnce);
                }
                if (start != null) {
                    return "redirect:/visits/" + id + "/record";
                }
                redirect.addFlashAttribute("success", "visit.planned");
                return "redirect:/cases/" + caseId;
            } catch (VisitInputException e) {
                Problems.reject(result, e);
            }
        }
        return planPage(model, target, form);
    }

    /** The case to plan for; null (with the reason flashed) when it takes no visit, such as a closed case. */
    private CaseReference plannable(long caseId, CurrentUser user, RedirectAttributes redirect) {
        try {
            return visits.caseForPlanning(caseId, user);
        } catch (VisitInputException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).code());
            return null;
        }
    }

    private String planPage(Model model, CaseReference target, PlanForm form) {
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        model.addAttribute("purposes", VisitPurpose.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "visits/plan";
    }

    // --- the visit

    @PersonalData(value = "VISIT_VIEWED", record = "visit", id = "id")
    @GetMapping("/{id}")
    String showDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("details", visits.find(id, user));
        return "visits/detail";
    }

    /** The visit form: for a planned visit, recording it; for a done one, correcting it. */
    @PersonalData(value = "VISIT_FORM_OPENED", record = "visit", id = "id")
    @GetMapping("/{id}/record")
    String showRecordForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            RedirectAttributes redirect) {
        VisitDetails details = visits.findWorkable(id, user);
        HomeVisit visit = details.visit();
        if (!details.mayWork()) {
            redirect.addFlashAttribute("failure", "visit.case.closed");
            return "redirect:/visits/" + id;
        }
        VisitForm form;
        if (visit.getStatus() == VisitStatus.PLANNED) {
            form = VisitForm.start(visit, LocalDate.now(clock), LocalTime.now(clock));
        } else if (visit.getStatus() == VisitStatus.DONE) {
            form = VisitForm.correcting(visit);
        } else {
            redirect.addFlashAttribute("failure", "visit.status.notPlanned");
            return "redirect:/visits/" + id;
        }
        model.addAttribute("fresh", true);
        return recordPage(model, details, form);
    }

    @PostMapping("/{id}/record")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") VisitForm form, BindingResult result,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        visits.findWorkable(id, user); // 404 or 403 before anything is looked at or stored
        if (form.getKey() == null) {
            form.setKey(UUID.randomUUID());
        }
        if (form.positionIncomplete()) {
            result.rejectValue("latitude", "visit.position.incomplete");
        }
        if (form.getPositionAt() != null && !form.getPositionAt().isBlank() && form.positionTime() == null) {
            result.rejectValue("positionAt", "typeMismatch");
        }
        // without JavaScript the photos come with the form; with it each came on its own already
        if (files != null && !form.isCorrection()) {
            for (MultipartFile file : files) {
                if (file.isEmpty()) {
                    continue;
                }
                try {
                    photos.add(id, file.getSize(), () -> bytes(file), user);
                } catch (VisitInputException e) {
                    model.addAttribute("photoError", e.problems().get(0).code());
                } catch (PhotoRetryLaterException e) {
                    // nothing is saved; the page comes back with what was typed, and says to try again
                    model.addAttribute("photoError", e.code());
                    response.setStatus(PhotoController.status(e).value());
                    response.setHeader(HttpHeaders.RETRY_AFTER, PhotoController.retryAfter(e));
                    break;
                }
            }
        }
        if (!result.hasErrors() && !model.containsAttribute("photoError")) {
            try {
                long saved;
                if (form.isCorrection()) {
                    visits.correct(id, form.getVersion() == null ? -1 : form.getVersion(), form.toReport(), user);
                    saved = id;
                } else {
                    saved = visits.record(id, form.getKey(), form.toReport(), form.toHousing(), user);
                }
                redirect.addFlashAttribute("success", form.isCorrection() ? "visit.corrected" : "visit.saved");
                return "redirect:/visits/" + saved;
            } catch (StaleEditException e) {
                // keep what they typed; saving again now knowingly replaces the other person's change
                form.setVersion(visits.find(id, user).visit().getVersion());
                model.addAttribute("conflict", true);
            } catch (VisitInputException e) {
                Problems.reject(result, e);
            }
        }
        return recordPage(model, visits.findWorkable(id, user), form);
    }

    private String recordPage(Model model, VisitDetails details, VisitForm form) {
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("places", VisitPlace.values());
        model.addAttribute("purposes", VisitPurpose.values());
        model.addAttribute("tenures", HousingFacts.Tenure.values());
        model.addAttribute("floors", HousingFacts.Floor.values());
        model.addAttribute("walls", HousingFacts.Wall.values());
        model.addAttribute("roofs", HousingFacts.Roof.values());
        model.addAttribute("waters", HousingFacts.Water.values());
        model.addAttribute("lightings", HousingFacts.Lighting.values());
        model.addAttribute("powers", HousingFacts.Power.values());
        model.addAttribute("fuels", HousingFacts.CookingFuel.values());
        model.addAttribute("toilets", HousingFacts.Toilet.values());
        model.addAttribute("maxPhotos", properties.maxPhotos());
        model.addAttribute("maxPhotoMb", properties.maxPhotoSize().toMegabytes());
        return "visits/record";
    }

    // --- not done

    @PersonalData(value = "VISIT_FORM_OPENED", record = "visit", id = "id")
    @GetMapping("/{id}/outcome")
    String showOutcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            RedirectAttributes redirect) {
        VisitDetails details = visits.findWorkable(id, user);
        if (!details.mayWork() || details.visit().getStatus() != VisitStatus.PLANNED) {
            redirect.addFlashAttribute("failure", "visit.status.notPlanned");
            return "redirect:/visits/" + id;
        }
        OutcomeForm form = new OutcomeForm();
        form.setVersion(details.visit().getVersion());
        form.setOutcome(VisitStatus.MISSED);
        return outcomePage(model, details, form);
    }

    @PostMapping("/{id}/outcome")
    String recordOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        VisitDetails details = visits.findWorkable(id, user);
        if (!result.hasErrors()) {
            try {
                visits.recordNotDone(id, form.getVersion(), form.getOutcome(), form.getReason(), user);
                redirect.addFlashAttribute("success", "visit.outcome.saved");
                return "redirect:/visits/" + id;
            } catch (StaleEditException e) {
                form.setVersion(visits.find(id, user).visit().getVersion());
                model.addAttribute("conflict", true);
            } catch (VisitInputException e) {
                Problems.reject(result, e);
            }
        }
        return outcomePage(model, details, form);
    }

    private String outcomePage(Model model, VisitDetails details, OutcomeForm form) {
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", List.of(VisitStatus.MISSED, VisitStatus.CANCELLED));
        return "visits/outcome";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            throw new VisitInputException("photos", "visit.photo.unreadable");
        }
    }
}
