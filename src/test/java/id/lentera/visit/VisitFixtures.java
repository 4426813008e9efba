package id.lentera.visit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import javax.imageio.ImageIO;

import id.lentera.account.CurrentUser;
import id.lentera.casework.TestOffice;
import id.lentera.client.HousingFacts;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases with visits for visit tests: the office of {@link TestOffice}, a case of its worker, visits planned on it. */
public final class VisitFixtures {

    public static final GeoPosition BINJAI = new GeoPosition(3.6001, 98.4854, 12.0, null);

    public final TestOffice office;
    private final VisitLog visits;
    private final JdbcTemplate jdbc;

    public VisitFixtures(ApplicationContext context) {
        this.office = new TestOffice(context);
        this.visits = context.getBean(VisitLog.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A case of the office's worker, in intervention. */
    public long aCase(String clientName) {
        return office.caseInIntervention(clientName);
    }

    /** A visit of the case planned for today by its worker. */
    public long plannedToday(long caseId) {
        CurrentUser w = office.worker;
        return SignedIn.run(w, () -> visits.plan(caseId, UUID.randomUUID(), TestClock.today(), LocalTime.of(10, 0),
                VisitPurpose.MONITORING, "Cek dokumen", w));
    }

    /** A visit of the case planned and recorded as done today at Binjai. */
    public long done(long caseId) {
        long id = plannedToday(caseId);
        CurrentUser w = office.worker;
        SignedIn.run(w, () -> visits.record(id, UUID.randomUUID(), report(null), null, w));
        return id;
    }

    public static VisitReport report(LocalDate next) {
        return new VisitReport(TestClock.today(), LocalTime.of(10, 5), VisitPlace.HOME, null, "Klien", VisitPurpose.MONITORING,
                "Rumah bersih, anak sekolah", "Sehat", "Kumpulkan KK lama", next, BINJAI, null);
    }

    public static HousingFacts housing() {
        return new HousingFacts(HousingFacts.Tenure.RENT, HousingFacts.Floor.CEMENT, HousingFacts.Wall.SEMI_PERMANENT,
                HousingFacts.Roof.ZINC, HousingFacts.Water.PROTECTED_WELL, HousingFacts.Lighting.PLN_METER,
                HousingFacts.Power.VA_900, HousingFacts.CookingFuel.LPG, HousingFacts.Toilet.SHARED);
    }

    public int count(String sqlWhere, Object... args) {
        Integer n = jdbc.queryForObject("select count(*) from home_visit where " + sqlWhere, Integer.class, args);
        return n == null ? 0 : n;
    }

    public long version(long visitId) {
        Long v = jdbc.queryForObject("select version from home_visit where id = ?", Long.class, visitId);
        return v == null ? -1 : v;
    }

    /** A small photo as a phone would send it. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
