package id.lentera.eligibility.web;

import java.time.LocalDate;
import java.util.List;

import id.lentera.eligibility.Text;
import id.lentera.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders the rules' {@link Text}s in the user's language: nested texts first, dates as
 * {@code 12 Mar 2026}, amounts as {@code Rp 2.400.000}. In templates: {@code ${@pkhTexts.render(t)}}.
 */
@Component("pkhTexts")
public class PkhTexts {

    private final MessageSource messages;
    private final Formats formats;

    PkhTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String render(Text text) {
        if (text == null) {
            return "";
        }
        Object[] args = text.args().stream().map(this::argument).toArray();
        return messages.getMessage(text.key(), args, text.key(), LocaleContextHolder.getLocale());
    }

    /** Several texts joined by "; ". */
    public String join(List<Text> texts) {
        return String.join("; ", texts.stream().map(this::render).toList());
    }

    private Object argument(Object arg) {
        if (arg instanceof Text nested) {
            return render(nested);
        }
        if (arg instanceof LocalDate date) {
            return formats.date(date);
        }
        if (arg instanceof Text.Rupiah money) {
            return formats.rupiah(money.amount());
        }
        // numbers as plain digits: MessageFormat would group a year as "2.026"
        return arg instanceof Number ? String.valueOf(arg) : arg;
    }
}
