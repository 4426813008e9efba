package id.lentera.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request parameter outside a form (a list's search box, a filter in a link, a part of the
 * address) that the input rules refuse or that has the wrong type: a page that says which rule,
 * in the user's language, instead of a bare error. An upload over the size limit: a page that says so.
 */
@ControllerAdvice
class InputRefusal {

    private final MessageSource messages;

    InputRefusal(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parameterRefused(MethodArgumentTypeMismatchException e, Model model, Locale locale) {
        InputBinding.RefusedValue refused = InputBinding.refusal(e);
        model.addAttribute("reason", refused == null
                ? messages.getMessage("input.parameter.invalid", null, locale)
                : messages.getMessage(refused.code(), refused.arguments(), locale));
        return "error/input";
    }

    /**
     * A form bound by a handler that does not look at its errors itself (a page that takes its
     * filters as a form): the page that says what is wrong with the first refused value.
     */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String formRefused(BindException e, Model model, Locale locale) {
        model.addAttribute("reason", e.getFieldErrorCount() > 0
                ? messages.getMessage(e.getFieldErrors().get(0), locale)
                : messages.getMessage("input.parameter.invalid", null, locale));
        return "error/input";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String uploadTooLarge() {
        return "error/413";
    }

    /** A multipart body that cannot be read (cut off, malformed): the request is refused, not the server. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String uploadUnreadable(Model model, Locale locale) {
        model.addAttribute("reason", messages.getMessage("input.upload.unreadable", null, locale));
        return "error/input";
    }
}
