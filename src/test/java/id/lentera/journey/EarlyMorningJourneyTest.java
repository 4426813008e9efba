package id.lentera.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.lentera.account.TestAccounts;
import id.lentera.casework.TestOffice;
import id.lentera.support.BrowserTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker who starts early: at 06:30 WIB a server in UTC is still on yesterday (23:30), the office
 * is not. The worker opens a case with the date the form offers and adds a note dated today, as on
 * any other morning: nothing refused, nothing in English, no date of yesterday.
 */
class EarlyMorningJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    /** The next 06:30 at the office, so that the office's date is ahead of the UTC date. */
    private LocalDateTime morning;
    private Instant morningInstant;
    private TestOffice office;
    private long clientId;

    @BeforeAll
    void halfPastSixInTheMorning() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        office = new TestOffice(spring);
        clientId = office.client("Suwarni " + TestAccounts.unique("E").substring(2));
        LocalDateTime now = LocalDateTime.now(TestClock.get());
        morning = now.toLocalDate().atTime(6, 30);
        if (!morning.isAfter(now)) {
            morning = morning.plusDays(1);
        }
        morningInstant = morning.atZone(TestClock.OFFICE_ZONE).toInstant();
        TestClock.get().startAt(morning);
    }

    @AfterAll
    void backToTheRunsClock() {
        TestClock.get().reset();
    }

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setTimezoneId("Asia/Jakarta");
    }

    @BeforeEach
    void theBrowserReadsHalfPastSixToo() {
        context.clock().install(new Clock.InstallOptions().setTime(morningInstant.toEpochMilli()));
    }

    @Test
    void aWorkerAtHalfPastSixOpensACaseWithTheOfferedDateAndNotesToday() {
        String today = morning.toLocalDate().toString();
        // the situation of the issue: the UTC date is still yesterday
        assertThat(LocalDate.ofInstant(morningInstant, ZoneOffset.UTC)).isEqualTo(morning.toLocalDate().minusDays(1));

        signIn(office.worker.username(), TestAccounts.PASSWORD);
        page.navigate(url("/cases/new?client=" + clientId));
        assertThat(String.valueOf(page.evaluate("() => new Date().toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'})")))
                .as("the browser's clock").startsWith("06:3");
        assertThat(label("Tanggal dibuka")).hasValue(today);
        page.locator("[data-test=open-case]").click();
        assertThat(page.locator("[data-test=case-stage]")).containsText("Pendekatan awal");
        String caseUrl = page.url();

        // the engagement form offers today as the first contact, not yesterday
        page.locator("[data-test=edit-engagement]").click();
        assertThat(label("Tanggal kontak pertama")).hasValue(today);

        // a note dated today, as the form offers it
        page.navigate(caseUrl);
        page.locator("[data-test=add-note]").click();
        assertThat(label("Tanggal")).hasValue(today);
        label("Catatan").fill("Klien ditemui pagi sebelum berangkat kerja");
        page.locator("main button[type=submit]").filter(new Locator.FilterOptions().setHasText("Simpan")).click();
        assertThat(page.locator(".alert-success")).containsText("Tersimpan");
        Locator note = page.locator("[data-test=timeline-entry]")
                .filter(new Locator.FilterOptions().setHasText("Klien ditemui pagi sebelum berangkat kerja"));
        assertThat(note).containsText(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"))
                .format(morning.toLocalDate()));
        assertThat(page.locator("main")).not().containsText("must be");
        screenshot("early-morning-note");
    }
}
