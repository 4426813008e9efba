package id.lentera.visit.web;

import id.lentera.visit.VisitInputException;
import id.lentera.visit.VisitProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** A refusal of the visit rules, each message next to its field, else above the form. */
final class Problems {

    private Problems() {
    }

    static void reject(BindingResult result, VisitInputException e) {
        for (VisitProblem problem : e.problems()) {
            if (problem.field() == null) {
                result.reject(problem.code());
                continue;
            }
            try {
                result.rejectValue(problem.field(), problem.code());
            } catch (NotReadablePropertyException notOnThisForm) {
                result.reject(problem.code());
            }
        }
    }
}
