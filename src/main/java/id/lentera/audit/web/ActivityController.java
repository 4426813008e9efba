package id.lentera.audit.web;

import id.lentera.audit.AuditLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's view of the audit log, newest first: admin actions, sign-ins, client records, views
 * of personal data and refused requests for records, filtered by kind and by username or target.
 */
@Controller
@RequestMapping("/admin/activity")
class ActivityController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    ActivityController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String showList(@RequestParam(required = false) String category,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        // an unknown category from a hand-typed URL shows everything rather than an error
        String known = category != null && AuditLog.CATEGORIES.contains(category) ? category : null;
        model.addAttribute("entries", auditLog.search(known, q,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("category", known);
        model.addAttribute("categories", AuditLog.CATEGORIES);
        model.addAttribute("q", q);
        return "admin/activity/list";
    }
}
