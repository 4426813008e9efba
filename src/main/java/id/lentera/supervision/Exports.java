package id.lentera.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamChoice;
import id.lentera.account.TeamDirectory;
import id.lentera.account.TeamRoster;
import id.lentera.casework.CaseDetails;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.CaseRow;
import id.lentera.casework.CaseloadFigures;
import id.lentera.casework.Casework;
import id.lentera.casework.GroupFigures;
import id.lentera.casework.Referral;
import id.lentera.client.ClientRecords;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientView;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.InputText;
import id.lentera.shared.NotFoundException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exports: the caseload as XLSX (streamed), the monthly office report as XLSX and PDF, a case
 * summary and a referral letter as PDF. Each reads only what the user may see on the pages (the
 * same read APIs), and each is recorded in the audit log with its filter and row count, in the
 * transaction that read the rows.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class Exports {

    private final Casework casework;
    private final CaseloadFigures caseFigures;
    private final Dashboard dashboard;
    private final ClientSummaries clients;
    private final ClientRecords clientRecords;
    private final TeamDirectory directory;
    private final TeamRoster roster;
    private final RegionDirectory regions;
    private final Office office;
    private final PdfDocuments pdf;
    private final ReferralLetters letters;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final SupervisionProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    Exports(Casework casework, CaseloadFigures caseFigures, Dashboard dashboard, ClientSummaries clients,
            ClientRecords clientRecords, TeamDirectory directory, TeamRoster roster, RegionDirectory regions,
            Office office, PdfDocuments pdf, ReferralLetters letters, MessageSource messages, ApplicationEventPublisher events,
            SupervisionProperties properties, Clock clock, ZoneId officeZone) {
        this.casework = casework;
        this.caseFigures = caseFigures;
        this.dashboard = dashboard;
        this.clients = clients;
        this.clientRecords = clientRecords;
        this.directory = directory;
        this.roster = roster;
        this.regions = regions;
        this.office = office;
        this.pdf = pdf;
        this.letters = letters;
        this.messages = messages;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.zone = officeZone;
    }

    // --- caseload

    /**
     * The caseload rows the user sees under the filter, as one XLSX sheet written while the rows
     * are read (a batch at a time, named in two queries per batch), so memory stays flat.
     *
     * @return the number of rows written
     */
    @Transactional
    public long caseloadXlsx(CaseFilter filter, CurrentUser user, Locale locale, OutputStream out) {
        Instant now = clock.instant();
        try {
            Workbook workbook = new Workbook(out, "Lentera", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("sup.export.caseload.sheet", locale));
            String[] headers = {"sup.export.col.number", "sup.export.col.client", "sup.export.col.worker",
                    "sup.export.col.stage", "sup.export.col.daysInStage", "sup.export.col.risk",
                    "sup.export.col.status", "sup.export.col.awaiting", "sup.export.col.lastActivity"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, text(headers[c], locale));
                sheet.style(0, c).bold().set();
            }
            sheet.width(1, 30);
            sheet.width(2, 24);
            sheet.width(3, 20);
            int[] row = {1};
            long written = casework.forEachCaseloadBatch(filter, user, properties.exportBatchSize(), batch -> {
                Set<Long> clientIds = new HashSet<>();
                Set<Long> workerIds = new HashSet<>();
                batch.forEach(r -> {
                    clientIds.add(r.clientId());
                    workerIds.add(r.workerId());
                });
                Map<Long, String> clientNames = clients.displayNames(clientIds);
                Map<Long, String> workerNames = directory.fullNames(workerIds);
                for (CaseRow r : batch) {
                    int i = row[0]++;
                    // values that rarely repeat go inline: the shared-strings table is held until the end
                    sheet.inlineString(i, 0, r.number());
                    // names stored before the input rule may hold control or bidi characters
                    sheet.inlineString(i, 1, InputText.printable(clientNames.getOrDefault(r.clientId(), "")));
                    sheet.value(i, 2, InputText.printable(workerNames.getOrDefault(r.workerId(), "")));
                    sheet.value(i, 3, text("case.stage." + r.stage(), locale));
                    sheet.value(i, 4, Duration.between(r.stageSince(), now).toDays());
                    sheet.value(i, 5, r.riskLevel() == null ? "" : text("case.risk." + r.riskLevel(), locale));
                    sheet.value(i, 6, text("case.status." + r.status(), locale));
                    sheet.value(i, 7, text(r.awaitingApproval() ? "sup.export.yes" : "sup.export.no", locale));
                    sheet.value(i, 8, r.lastActivityAt().atZone(zone).toLocalDate());
                    sheet.style(i, 8).format("yyyy-mm-dd").set();
                }
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            workbook.finish();
            record(user, "EXPORT_CASELOAD_XLSX", "caseload", describe(filter), written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- monthly report

    /** The figures of the month for the teams the user may read (a supervisor: theirs; head: all). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
    public MonthlyReportData monthly(CurrentUser user, YearMonth month) {
        Map<String, String> teamNames = roster.teams().stream()
                .collect(Collectors.toMap(t -> String.valueOf(t.id()), TeamChoice::name));
        List<GroupFigures> byTeam = caseFigures.monthByTeam(user, month);
        List<GroupFigures> byKecamatan = caseFigures.monthByKecamatan(user, month);
        Map<String, String> kecamatanNames = regions.names(byKecamatan.stream().map(GroupFigures::key)
                .filter(k -> k != null).toList());
        String none = "—";
        // each group's figures are the dashboard's summary queries, a few per group (teams and kecamatan)
        return new MonthlyReportData(office.details(), month,
                byTeam.stream().map(g -> {
                    Long team = g.key() == null ? null : Long.valueOf(g.key());
                    return new MonthlyReportData.Named(
                            team == null ? none : teamNames.getOrDefault(g.key(), "#" + g.key()), g,
                            team == null ? null : dashboard.figures(user, team, null, month, month),
                            team == null ? null : dashboard.visitsDone(user, team, month));
                }).toList(),
                byKecamatan.stream().map(g -> new MonthlyReportData.Named(
                        g.key() == null ? none : kecamatanNames.getOrDefault(g.key(), g.key()), g,
                        g.key() == null ? null : dashboard.figures(user, null, g.key(), month, month), null)).toList(),
                dashboard.figures(user, null, null, month, month));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
    public void monthlyPdf(CurrentUser user, YearMonth month, Locale locale, OutputStream out) {
        MonthlyReportData report = monthly(user, month);
        pdf.write("supervision/pdf/monthly", Map.of("report", report, "printedAt", clock.instant()), locale, out);
        record(user, "EXPORT_MONTHLY_PDF", "month " + month, null, (long) report.byTeam().size());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HEAD_OF_OFFICE')")
    public void monthlyXlsx(CurrentUser user, YearMonth month, Locale locale, OutputStream out) {
        MonthlyReportData report = monthly(user, month);
        new MonthlyWorkbook(messages, locale).write(report, out);
        record(user, "EXPORT_MONTHLY_XLSX", "month " + month, null, (long) report.byTeam().size());
    }

    // --- case documents

    /** The printable case summary as a PDF, for whoever may open the case. */
    @Transactional
    public void caseSummaryPdf(long caseId, CurrentUser user, Locale locale, OutputStream out) {
        CaseDetails details = casework.find(caseId, user);
        pdf.write("supervision/pdf/case-summary", Map.of("details", details, "now", clock.instant(),
                "office", office.details(), "pdf", true), locale, out);
        record(user, "EXPORT_CASE_SUMMARY_PDF", "case " + caseId, null, 1L);
    }

    /** The referral's letter: its number if it has one, and whether the user may take one. */
    @Transactional(readOnly = true)
    public ReferralLetterStatus referralLetter(long caseId, long referralId, CurrentUser user) {
        CaseDetails details = casework.find(caseId, user);
        Referral referral = referralOf(details, referralId);
        String number = letters.numberOf(referral.getId(), referral.getSentOn(), office.details().letterNumberPrefix())
                .orElse(null);
        return new ReferralLetterStatus(caseId, details.file().getNumber(), details.client().displayName(),
                referral.getId(), referral.getDestinationType(), referral.getDestinationName(), referral.getSentOn(),
                number, details.mayWork());
    }

    /**
     * Takes the next number of the register of outgoing letters for the referral's letter (or
     * gives the one it has): only the case's worker or its team's supervisor, never the read-only
     * head of office (403); a case the user does not see is not found.
     *
     * @return the letter's number
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
    public String takeReferralLetterNumber(long caseId, long referralId, CurrentUser user) {
        CaseDetails details = casework.find(caseId, user);
        if (!details.mayWork()) {
            throw new AccessDeniedException("only the case's worker or supervisor numbers its letters");
        }
        Referral referral = referralOf(details, referralId);
        String prefix = office.details().letterNumberPrefix();
        boolean had = letters.numberOf(referral.getId(), referral.getSentOn(), prefix).isPresent();
        String number = letters.take(referral.getId(), referral.getSentOn(), prefix, user);
        if (!had) {
            record(user, "REFERRAL_LETTER_NUMBERED", "case " + caseId, "referral " + referralId + " " + number, null);
        }
        return number;
    }

    /**
     * The referral letter (surat rujukan) of one referral of the case: letterhead, number, date,
     * recipient, the client's identity with the whole NIK (the one place it is printed; the client
     * record's opening is logged as a view), reason, case summary, signatures. Printing never takes
     * a number: a letter without one is not printed.
     *
     * @return false, with nothing written, when the letter has no number yet
     */
    @Transactional
    public boolean referralLetterPdf(long caseId, long referralId, CurrentUser user, Locale locale, OutputStream out) {
        CaseDetails details = casework.find(caseId, user);
        Referral referral = referralOf(details, referralId);
        OfficeDetails settings = office.details();
        var number = letters.numberOf(referral.getId(), referral.getSentOn(), settings.letterNumberPrefix());
        if (number.isEmpty()) {
            return false;
        }
        ClientView client = clientRecords.open(details.file().getClientId(), user);
        Map<String, Object> model = new HashMap<>();
        model.put("details", details);
        model.put("referral", referral);
        model.put("client", client);
        model.put("office", settings);
        model.put("letterNumber", number.get());
        model.put("workerNip", directory.nip(details.file().getWorkerId()).orElse(null));
        model.put("now", clock.instant());
        pdf.write("supervision/pdf/referral-letter", model, locale, out);
        record(user, "EXPORT_REFERRAL_LETTER_PDF", "case " + caseId, "referral " + referralId, 1L);
        return true;
    }

    private static Referral referralOf(CaseDetails details, long referralId) {
        return details.file().getReferrals().stream().filter(r -> r.getId() == referralId).findFirst()
                .orElseThrow(() -> new NotFoundException("referral"));
    }

    // --- internals

    private void record(CurrentUser user, String kind, String target, String detail, Long rows) {
        events.publishEvent(new SupervisionActivity(clock.instant(), user.username(), kind, target, detail, rows));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The filter as the audit log keeps it: parameters only, never names. */
    static String describe(CaseFilter filter) {
        StringBuilder text = new StringBuilder();
        append(text, "stage", filter.stage());
        append(text, "risk", filter.risk());
        append(text, "status", filter.status() == null ? "ALL" : filter.status());
        if (filter.awaitingApproval()) {
            append(text, "awaiting", true);
        }
        if (filter.quiet()) {
            append(text, "quietDays", filter.quietDays());
        }
        append(text, "worker", filter.workerId());
        append(text, "team", filter.teamId());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
