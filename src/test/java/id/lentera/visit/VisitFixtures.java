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

    /**
     * A PNG of one colour as an attacker builds it: the header declares {@code width × height}, and
     * the rows of zeros compress about a thousand to one, so 48 megapixels fit in a few kilobytes
     * (one bit per pixel) or some 140 KB (colour, three bytes per pixel once decoded).
     */
    public static byte[] blankPng(int width, int height, boolean colour) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put((byte) (colour ? 8 : 1)).put((byte) (colour ? 2 : 0)).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
            try (var zip = new java.util.zip.DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
                // each row: filter type 0, then the pixels, all zero
                byte[] row = new byte[1 + (colour ? width * 3 : (width + 7) / 8)];
                for (int y = 0; y < height; y++) {
                    zip.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * Runs {@code action} while every photo-decoding slot of the application is taken, as when
     * other people's photos are being decoded: a photo sent meanwhile waits, then is turned away.
     */
    public static <T> T whileEveryDecodingSlotIsTaken(ApplicationContext context, java.util.concurrent.Callable<T> action)
            throws Exception {
        java.util.concurrent.Semaphore slots = context.getBean(PhotoProcessing.class).slots();
        int all = context.getBean(VisitProperties.class).photoDecodes();
        slots.acquire(all);
        try {
            return action.call();
        } finally {
            slots.release(all);
        }
    }

    /** Bytes this thread has allocated so far (HotSpot counts them per thread, garbage included). */
    public static long allocatedByThisThread() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
