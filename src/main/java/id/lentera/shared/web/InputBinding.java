package id.lentera.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.lentera.shared.InputText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One rule for every form field and request parameter of the application, applied where the
 * request is bound, so that no form and no controller can forget it:
 * <ul>
 * <li>text: no control characters but tab, CR and LF, no bidi overrides ({@link InputText}); at most
 * {@link InputText#MAX_FIELD_LENGTH} characters in a form field (forms set shorter bounds with
 * {@code @Size}), at most {@link InputText#MAX_PARAMETER_LENGTH} in a parameter of a page that is read
 * (search box, filter);</li>
 * <li>dates: from 1 January 1900 to five years after the office's today; nothing else reaches the
 * database.</li>
 * </ul>
 * A refused form field is a field error with its own message next to the field, the typed value
 * kept; a refused request parameter outside a form is a 400 page that says why ({@link InputRefusal}).
 */
@ControllerAdvice
class InputBinding {

    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final int YEARS_AHEAD = 5;

    private final Clock clock;

    InputBinding(Clock clock) {
        this.clock = clock;
    }

    @InitBinder
    void applyInputRules(WebDataBinder binder, HttpServletRequest request) {
        // a binder for a form object has a target type; one for a single @RequestParam/@PathVariable has none
        boolean parameter = binder.getTarget() == null && binder.getTargetType() == null;
        boolean readRequest = HttpMethod.GET.matches(request.getMethod());
        int maxLength = parameter && readRequest ? InputText.MAX_PARAMETER_LENGTH : InputText.MAX_FIELD_LENGTH;
        binder.registerCustomEditor(String.class, new TextEditor(maxLength));
        binder.registerCustomEditor(LocalDate.class, new DateEditor(clock));
        binder.setBindingErrorProcessor(new RefusalMessages());
    }

    /** Why a value was refused: a message code with its arguments. */
    static final class RefusedValue extends IllegalArgumentException {

        private final String code;
        private final transient Object[] arguments;

        RefusedValue(String code, Object... arguments) {
            super(code);
            this.code = code;
            this.arguments = arguments;
        }

        String code() {
            return code;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    static final class TextEditor extends PropertyEditorSupport {

        private final int maxLength;

        TextEditor(int maxLength) {
            this.maxLength = maxLength;
        }

        @Override
        public void setAsText(String text) {
            if (text != null) {
                if (InputText.hasRefusedCharacter(text)) {
                    throw new RefusedValue("input.refusedCharacter");
                }
                if (text.length() > maxLength) {
                    throw new RefusedValue("input.tooLong", maxLength);
                }
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** ISO dates ({@code 2026-11-22}, what a date input sends), within the bounds; empty is no date. */
    static final class DateEditor extends PropertyEditorSupport {

        private static final java.util.regex.Pattern FAR_YEAR = java.util.regex.Pattern.compile("[+-]?\\d{5,}-\\d{1,2}-\\d{1,2}");

        private final Clock clock;

        DateEditor(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate latest = LocalDate.now(clock).plusYears(YEARS_AHEAD);
            String value = text.strip();
            if (FAR_YEAR.matcher(value).matches()) {
                // 99999-01-01: a date, but far outside; say so rather than "not a date"
                throw new RefusedValue("input.date.outOfRange", latest.getYear());
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // not a date at all: the usual "typeMismatch" (and any field's own text for it)
                throw new IllegalArgumentException("not an ISO date", e);
            }
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
                throw new RefusedValue("input.date.outOfRange", latest.getYear());
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A value our editors refused gets their message; any other binding error Spring's. */
    static final class RefusalMessages extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            RefusedValue refused = refusal(ex);
            if (refused == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            Object rejected = ex.getValue();
            if (rejected != null && rejected.getClass().isArray()) {
                rejected = org.springframework.util.StringUtils.arrayToCommaDelimitedString(
                        org.springframework.util.ObjectUtils.toObjectArray(rejected));
            }
            FieldError error = new FieldError(bindingResult.getObjectName(), field, rejected, true,
                    bindingResult.resolveMessageCodes(refused.code(), field), refused.arguments(), refused.code());
            error.wrap(ex);
            bindingResult.addError(error);
        }
    }

    static RefusedValue refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedValue refused) {
                return refused;
            }
        }
        return null;
    }
}
