package id.lentera.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
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

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parameterRefused(MethodArgumentTypeMismatchException e, Model model) {
        InputBinding.RefusedValue refused = InputBinding.refusal(e);
        model.addAttribute("reason", refused == null ? "input.parameter.invalid" : refused.code());
        model.addAttribute("arguments", refused == null ? new Object[0] : refused.arguments());
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
    String uploadUnreadable(Model model) {
        model.addAttribute("reason", "input.upload.unreadable");
        model.addAttribute("arguments", new Object[0]);
        return "error/input";
    }
}
