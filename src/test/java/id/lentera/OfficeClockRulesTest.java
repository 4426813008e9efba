package id.lentera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is the office's, read from the injected {@link Clock}: these rules find every way code,
 * tests, SQL, templates and browser scripts could read the server's clock or zone instead. Each
 * of them once made the suite fail between 17:00 and 24:00 UTC, or a worker's form refuse today.
 */
class OfficeClockRulesTest {

    private static final Set<Class<?>> TIME_TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            YearMonth.class, Year.class, MonthDay.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class,
            Instant.class);

    /** The places allowed to touch the real clock: the application's clock bean, the tests' clock and its test. */
    private static final Set<String> CLOCK_MAKERS = Set.of("id.lentera.shared.TimeConfiguration",
            TestClock.class.getName(), "id.lentera.support.TestClockTest");

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("id.lentera");

    @Test
    void noCodeReadsTheServersClockOrZone() {
        ArchRule rule = noClasses().that(DescribedPredicate.describe("are not the clock's makers",
                        (JavaClass c) -> !CLOCK_MAKERS.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethodWhere(DescribedPredicate.describe("it reads the server's clock or zone",
                        OfficeClockRulesTest::readsTheServersClock))
                .orShould().callConstructorWhere(DescribedPredicate.describe("it makes a Date of now",
                        (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(Date.class)
                                && call.getTarget().getRawParameterTypes().isEmpty()))
                .because("today, this month and now are the office's: LocalDate.now(clock) with the injected Clock");
        rule.check(CLASSES);
    }

    private static boolean readsTheServersClock(JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (name.equals("now") && TIME_TYPES.stream().anyMatch(owner::isEquivalentTo)) {
            return parameters.size() != 1 || !parameters.get(0).isEquivalentTo(Clock.class);
        }
        return owner.isEquivalentTo(ZoneId.class) && name.equals("systemDefault")
                || owner.isEquivalentTo(TimeZone.class) && name.equals("getDefault")
                || owner.isEquivalentTo(Clock.class) && name.startsWith("system")
                || owner.isEquivalentTo(Calendar.class) && name.equals("getInstance")
                || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
    }

    @Test
    void noSqlAsksTheDatabaseForToday() {
        // the database's clock is not the injected one, and its session zone is not the office's unless set:
        // pass :today (LocalDate.now(clock)) instead. now() is fine: an instant has no zone.
        Pattern databaseToday = Pattern.compile("\\b(current_date|current_time|localtimestamp|localtime|CURRENT_DATE|CURRENT_TIME|LOCALTIMESTAMP|LOCALTIME)\\b");
        assertThat(matches(Path.of("src/main"), databaseToday, ".java", ".sql")).isEmpty();
    }

    @Test
    void noTemplateOrScriptTakesTheDateFromTheServerOrTheBrowser() {
        // #dates, #calendars and #temporals format in the server's zone; @formats formats in the office's
        Pattern serverZone = Pattern.compile("#(dates|calendars|temporals)\\.");
        assertThat(matches(Path.of("src/main/resources/templates"), serverZone, ".html")).isEmpty();
        // a phone's clock may be wrong or in another zone: default dates come from the server's form
        Pattern browserToday = Pattern.compile("new Date\\(\\s*\\)|Date\\.now\\(|valueAsDate\\s*=");
        assertThat(matches(Path.of("src/main/resources"), browserToday, ".js", ".html")).isEmpty();
    }

    private static boolean isComment(String line) {
        return Stream.of("--", "//", "*", "/*", "<!--", "#").anyMatch(line::startsWith);
    }

    private static List<String> matches(Path root, Pattern pattern, String... suffixes) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Stream.of(suffixes).anyMatch(f.toString()::endsWith)).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    if (m.find() && !isComment(lines.get(i).trim())) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
