package id.lentera.supervision;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.DocumentException;
import id.lentera.shared.InputText;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDFs from Thymeleaf templates: the template is rendered to XHTML (written well-formed, with the
 * same messages and {@code @formats} as the pages) and laid out by Flying Saucer.
 */
@Component
class PdfDocuments {

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;

    PdfDocuments(ITemplateEngine templates, ApplicationContext context,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService") ConversionService conversions) {
        this.templates = templates;
        this.context = context;
        this.conversions = conversions;
    }

    /** Renders {@code template} with {@code variables} in {@code locale} as a PDF onto {@code out}. */
    void write(String template, Map<String, Object> variables, Locale locale, OutputStream out) {
        // inside a request the links of shared fragments resolve as on the pages; outside (tests, jobs) plainly
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.thymeleaf.context.AbstractContext model;
        if (request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                && servlet.getResponse() != null) {
            var application = org.thymeleaf.web.servlet.JakartaServletWebApplication
                    .buildApplication(servlet.getRequest().getServletContext());
            model = new org.thymeleaf.context.WebContext(
                    application.buildExchange(servlet.getRequest(), servlet.getResponse()), locale, variables);
        } else {
            model = new Context(locale, variables);
        }
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        // rows stored before the input rule may hold characters XML forbids: one would break the whole PDF
        String xhtml = InputText.printable(templates.process(template, model));
        try {
            ITextRenderer renderer = new ITextRenderer();
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF of " + template + " could not be written", e);
        }
    }
}
