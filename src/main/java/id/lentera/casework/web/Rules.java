package id.lentera.casework.web;

import id.lentera.casework.CaseRuleException;
import org.springframework.validation.BindingResult;

/** A refusal by the case's rules, shown next to the field it is about, else above the form. */
final class Rules {

    private Rules() {
    }

    /**
     * @param dateField the form's date field, for the date rules (null when the form has none)
     * @param workerField the form's worker field, for the assignment rules (null when none)
     */
    static void reject(BindingResult result, CaseRuleException e, String dateField, String workerField) {
        String code = e.code();
        if (dateField != null && code.startsWith("case.date.")) {
            result.rejectValue(dateField, code);
        } else if (workerField != null && code.startsWith("case.worker.")) {
            result.rejectValue(workerField, code);
        } else if (!e.missing().isEmpty()) {
            result.reject(code);
            e.missing().forEach(item -> result.reject("case." + item));
        } else {
            result.reject(code);
        }
    }
}
