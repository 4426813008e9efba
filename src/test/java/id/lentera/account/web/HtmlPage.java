package id.lentera.account.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered page, parsed with attoparser (the HTML parser Thymeleaf itself uses), so tests can
 * look at elements and attributes rather than at substrings of the markup.
 */
final class HtmlPage {

    private final String html;
    private final List<Element> elements = new ArrayList<>();

    private HtmlPage(String html, Document document) {
        this.html = html;
        collect(document, elements);
    }

    static HtmlPage of(String html) {
        try {
            return new HtmlPage(html, new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not parseable as HTML", e);
        }
    }

    String html() {
        return html;
    }

    List<Element> select(Predicate<Element> predicate) {
        return elements.stream().filter(predicate).toList();
    }

    Optional<Element> byId(String id) {
        return elements.stream().filter(e -> id.equals(attr(e, "id"))).findFirst();
    }

    Element requireId(String id) {
        return byId(id).orElseThrow(() -> new AssertionError("No element with id '" + id + "' on the page"));
    }

    List<Element> withClass(String cssClass) {
        return select(e -> hasClass(e, cssClass));
    }

    List<Element> byAttribute(String name, String value) {
        return select(e -> value.equals(attr(e, name)));
    }

    List<Element> byName(String elementName) {
        return select(e -> e.getElementName().equalsIgnoreCase(elementName));
    }

    String title() {
        return byName("title").stream().findFirst().map(HtmlPage::text).orElse("");
    }

    String htmlLang() {
        return byName("html").stream().findFirst().map(e -> attr(e, "lang")).orElse(null);
    }

    /** The value an input shows. */
    String value(String inputId) {
        return attr(requireId(inputId), "value");
    }

    /**
     * The error shown next to a form field: the {@code invalid-feedback} element in the same
     * group as the input (the way Bootstrap places it), with the input marked {@code is-invalid}.
     * Empty when the field shows no error.
     */
    Optional<String> fieldError(String fieldId) {
        Element input = requireId(fieldId);
        INestableNode group = input.getParent();
        if (!(group instanceof Element groupElement)) {
            return Optional.empty();
        }
        List<Element> feedback = new ArrayList<>();
        collect(groupElement, feedback);
        return feedback.stream().filter(e -> hasClass(e, "invalid-feedback")).findFirst().map(error -> {
            assertThat(hasClass(input, "is-invalid")).as("%s is marked is-invalid", fieldId).isTrue();
            return text(error);
        });
    }

    /** All field errors on the page. */
    List<String> fieldErrors() {
        return withClass("invalid-feedback").stream().map(HtmlPage::text).toList();
    }

    static String attr(Element element, String name) {
        String value = element.getAttributeValue(name);
        return value == null ? null : HtmlUtils.htmlUnescape(value);
    }

    static boolean hasClass(Element element, String cssClass) {
        String classes = attr(element, "class");
        return classes != null && Arrays.asList(classes.trim().split("\\s+")).contains(cssClass);
    }

    /** The element's text, entities decoded and white space collapsed. */
    static String text(INode node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return HtmlUtils.htmlUnescape(text.toString()).replaceAll("\\s+", " ").strip();
    }

    private static void appendText(INode node, StringBuilder text) {
        if (node instanceof Text t) {
            text.append(t.getContent());
        } else if (node instanceof INestableNode nestable) {
            for (INode child : nestable.getChildren()) {
                appendText(child, text);
            }
        }
    }

    private static void collect(INestableNode node, List<Element> into) {
        for (INode child : node.getChildren()) {
            if (child instanceof Element element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
