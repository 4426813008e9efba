package id.lentera.client.web;

import id.lentera.client.ClientRuleException;
import id.lentera.client.FieldProblem;
import id.lentera.client.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts what the household services refused next to the fields of the form that asked. */
final class InputProblems {

    private InputProblems() {
    }

    static void reject(BindingResult result, InvalidInputException e) {
        for (FieldProblem problem : e.problems()) {
            result.rejectValue(problem.field(), problem.code());
        }
    }

    static void reject(BindingResult result, ClientRuleException e) {
        result.reject(e.code());
    }
}
