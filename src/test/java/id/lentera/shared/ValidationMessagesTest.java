package id.lentera.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.MethodType;
import jakarta.validation.metadata.ParameterDescriptor;

import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation message a user can see comes from our bundles, in Indonesian and in English:
 * no constraint of the application may fall back to Bean Validation's own (English) texts. The
 * constraints are found by scanning the application's classes, so a new form is covered at once.
 */
@IntegrationTest
class ValidationMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern WHOLE_KEY = Pattern.compile("^\\{[^{}]+}$");

    @Autowired
    Validator validator;

    @Autowired
    Environment environment;

    @Autowired
    Clock clock;

    @Test
    void everyConstraintOfTheApplicationSpeaksFromOurBundlesInBothLanguages() {
        Properties indonesian = bundles("");
        Properties english = bundles("_en");
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            for (Constrained c : constraintsOf(type)) {
                String template = c.descriptor().getMessageTemplate();
                String where = type.getSimpleName() + "." + c.element() + " @"
                        + c.descriptor().getAnnotation().annotationType().getSimpleName();
                checked.add(where);
                if (!WHOLE_KEY.matcher(template).matches()) {
                    problems.add(where + ": message is not a bundle key: " + template);
                    continue;
                }
                Matcher m = PARAMETER.matcher(template);
                while (m.find()) {
                    String key = m.group(1);
                    if (!indonesian.containsKey(key)) {
                        problems.add(where + ": no Indonesian text for " + key);
                    }
                    if (!english.containsKey(key)) {
                        problems.add(where + ": no English text for " + key);
                    }
                }
            }
        }
        assertThat(checked).as("constraints found").hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFutureDateIsRefusedInTheUsersLanguageByTheOfficesDate() {
        LocalDate today = LocalDate.now(clock);
        assertThat(validator.validate(new Dated(today))).as("today, by the office's clock").isEmpty();
        assertThat(messageIn(Locale.forLanguageTag("id"), new Dated(today.plusDays(1))))
                .isEqualTo("Tanggal tidak boleh di masa depan.");
        assertThat(messageIn(Locale.ENGLISH, new Dated(today.plusDays(1))))
                .isEqualTo("The date cannot be in the future.");
    }

    private String messageIn(Locale locale, Object bean) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            Set<ConstraintViolation<Object>> violations = validator.validate(bean);
            assertThat(violations).hasSize(1);
            return violations.iterator().next().getMessage();
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    record Dated(@PastOrPresent LocalDate on) {
    }

    private record Constrained(String element, ConstraintDescriptor<?> descriptor) {
    }

    private List<Constrained> constraintsOf(Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        List<Constrained> found = new ArrayList<>();
        add(found, "class", bean);
        bean.getConstrainedProperties().forEach(p -> add(found, p.getPropertyName(), p));
        bean.getConstrainedMethods(MethodType.GETTER, MethodType.NON_GETTER).forEach(method -> {
            for (ParameterDescriptor p : method.getParameterDescriptors()) {
                add(found, method.getName() + "(" + p.getName() + ")", p);
            }
            if (method.getReturnValueDescriptor() != null) {
                add(found, method.getName() + "()", method.getReturnValueDescriptor());
            }
        });
        bean.getConstrainedConstructors().forEach(constructor -> constructor.getParameterDescriptors()
                .forEach(p -> add(found, "new(" + p.getName() + ")", p)));
        return found;
    }

    private static void add(List<Constrained> found, String element, ElementDescriptor descriptor) {
        descriptor.getConstraintDescriptors().forEach(cd -> addWithComposing(found, element, cd));
    }

    private static void addWithComposing(List<Constrained> found, String element, ConstraintDescriptor<?> cd) {
        found.add(new Constrained(element, cd));
        if (!cd.isReportAsSingleViolation()) {
            cd.getComposingConstraints().forEach(composing -> addWithComposing(found, element, composing));
        }
    }

    private static List<Class<?>> applicationClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // records, nested and abstract types too
            }
        };
        TypeFilter everything = (reader, factory) -> true;
        scanner.addIncludeFilter(everything);
        Set<Class<?>> types = new LinkedHashSet<>();
        scanner.findCandidateComponents("id.lentera").forEach(definition -> {
            try {
                Class<?> type = ClassUtils.forName(definition.getBeanClassName(), ValidationMessagesTest.class.getClassLoader());
                if (!type.isAnnotation()) {
                    types.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(definition.getBeanClassName(), e);
            }
        });
        // only main classes: test classes (this one's Dated record among them) are not the application's
        return types.stream().filter(ValidationMessagesTest::isMain).toList();
    }

    private static boolean isMain(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/classes/")
                && !source.getLocation().getPath().contains("/test-classes/");
    }

    /** Every bundle of {@code spring.messages.basename} in one language, read as the files are. */
    private Properties bundles(String suffix) {
        Properties all = new Properties();
        Stream.of(environment.getRequiredProperty("spring.messages.basename").split(",")).map(String::trim)
                .forEach(base -> {
                    String file = base + suffix + ".properties";
                    try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                        assertThat(in).as(file).isNotNull();
                        all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return all;
    }
}
