package id.lentera.visit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import id.lentera.account.CurrentUser;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photos checked by content, re-encoded without metadata, at most 10 MB and 5 per visit; a picture
 * with too many pixels refused from its header, the others decoded subsampled in bounded memory;
 * uploads per account limited per window.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitPhotosTest {

    /** A 1×1 lossless WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitPhotos photos;

    VisitFixtures fx;
    CurrentUser worker;
    long visitId;

    @BeforeAll
    void aVisit() {
        fx = new VisitFixtures(context);
        worker = fx.office.worker;
        visitId = fx.plannedToday(fx.aCase("Foto Rumah"));
    }

    VisitPhotos.Photo add(long visit, byte[] bytes) {
        return SignedIn.run(worker, () -> photos.add(visit, bytes.length, () -> bytes, worker));
    }

    static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (VisitInputException e) {
            return e.problems().get(0).code();
        }
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefused() {
        byte[] text = "Ini bukan foto, hanya teks bernama rumah.jpg".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> add(visitId, text))).isEqualTo("visit.photo.notImage");
    }

    @Test
    void aFileThatOnlyStartsLikeAPngIsRefused() {
        byte[] png = VisitFixtures.png(40, 40);
        byte[] truncated = java.util.Arrays.copyOf(png, 30);
        assertThat(refusal(() -> add(visitId, truncated))).isEqualTo("visit.photo.unreadable");
    }

    @Test
    void anImageOver10MegabytesIsRefused() throws Exception {
        // random pixels hardly compress: about 12 MB as PNG
        BufferedImage noise = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 2000; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", out);
        byte[] big = out.toByteArray();
        assertThat(big.length).isGreaterThan(10 * 1024 * 1024);
        long fresh = fx.plannedToday(fx.aCase("Foto Besar"));
        assertThat(refusal(() -> add(fresh, big))).isEqualTo("visit.photo.tooLarge");
        assertThat(SignedIn.run(worker, () -> photos.of(fresh))).isEmpty();
    }

    @Test
    void aPngWithItsGpsPositionComesBackWithoutIt() throws Exception {
        byte[] tagged = pngWithText("GPSLatitude", "3.600100 N; GPSLongitude 98.485400 E");
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        VisitPhotos.Photo photo = add(visitId, tagged);
        VisitPhotos.Image stored = SignedIn.run(worker, () -> photos.image(photo.publicId(), false, worker));
        VisitPhotos.Image thumbnail = SignedIn.run(worker, () -> photos.image(photo.publicId(), true, worker));
        for (byte[] bytes : new byte[][] {stored.bytes(), thumbnail.bytes()}) {
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("GPS").doesNotContain("98.4854").doesNotContain("tEXt").doesNotContain("Exif");
            assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).isNotNull();
        }
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(800);
    }

    @Test
    void aTransparentPngIsLaidOnWhite() throws Exception {
        BufferedImage clear = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        clear.setRGB(0, 0, 0xFFFF0000);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(clear, "png", png);
        long fresh = fx.plannedToday(fx.aCase("Foto Bening"));
        VisitPhotos.Photo photo = add(fresh, png.toByteArray());
        VisitPhotos.Image stored = SignedIn.run(worker, () -> photos.image(photo.publicId(), false, worker));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        int middle = back.getRGB(20, 15);
        // JPEG is lossy: near white, not black
        assertThat((middle >> 16) & 0xFF).isGreaterThan(240);
        assertThat(middle & 0xFF).isGreaterThan(240);
    }

    @Test
    void aLargePhotoIsResizedTo1600PixelsWithAThumbnail() {
        long fresh = fx.plannedToday(fx.aCase("Foto Lebar"));
        VisitPhotos.Photo photo = add(fresh, VisitFixtures.png(3200, 1800));
        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(900);
        VisitPhotos.Image thumb = SignedIn.run(worker, () -> photos.image(photo.publicId(), true, worker));
        assertThat(thumb.bytes().length).isLessThan(30_000);
    }

    @Test
    void aWebpPhotoIsTaken() {
        long fresh = fx.plannedToday(fx.aCase("Foto WebP"));
        VisitPhotos.Photo photo = add(fresh, WEBP);
        assertThat(photo.width()).isEqualTo(1);
        assertThat(photo.publicId()).isNotNull();
    }

    @Test
    void atMostFivePhotosPerVisit() {
        long fresh = fx.plannedToday(fx.aCase("Foto Lima"));
        byte[] small = VisitFixtures.png(60, 40);
        for (int i = 0; i < 5; i++) {
            add(fresh, small);
        }
        assertThat(refusal(() -> add(fresh, small))).isEqualTo("visit.photo.tooMany");
    }

    @Test
    void anUnknownPhotoIdIsNotFound() {
        assertThatThrownBy(() -> SignedIn.run(worker, () -> photos.image(UUID.randomUUID(), false, worker)))
                .isInstanceOf(id.lentera.shared.NotFoundException.class);
    }

    @Test
    void aPngBombOf48MegapixelsIsRefusedFromItsHeaderWithoutBeingDecoded() {
        byte[] bomb = VisitFixtures.blankPng(8000, 6000, false);
        assertThat(bomb.length).as("a few kilobytes").isLessThan(16 * 1024);
        long fresh = fx.plannedToday(fx.aCase("Foto Bom"));
        long before = VisitFixtures.allocatedByThisThread();
        assertThat(refusal(() -> add(fresh, bomb))).isEqualTo("visit.photo.tooManyPixels");
        // decoding it would take 48 MB as bits and 192 MB as RGB; reading its header takes next to nothing
        assertThat(VisitFixtures.allocatedByThisThread() - before).isLessThan(16L * 1024 * 1024);
        assertThat(SignedIn.run(worker, () -> photos.of(fresh))).isEmpty();
    }

    @Test
    void aPhotoJustUnderThePixelCapIsDecodedSubsampledInBoundedMemory() {
        // 24 MP in colour: 72 MB as decoded pixels, 96 MB more as RGB ints, were it decoded whole
        byte[] large = VisitFixtures.blankPng(6000, 4000, true);
        long fresh = fx.plannedToday(fx.aCase("Foto Hampir Batas"));
        long before = VisitFixtures.allocatedByThisThread();
        VisitPhotos.Photo photo = add(fresh, large);
        long allocated = VisitFixtures.allocatedByThisThread() - before;
        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(1067);
        // every third pixel of every third row (2000 × 1334, 8 MB), the stored 1600 × 1067 (7 MB), the thumbnail
        assertThat(allocated).as("bytes allocated for one 24 MP photo").isLessThan(48L * 1024 * 1024);
    }

    @Test
    void thePixelCapIsLowerThanTheBombAndAboveWhatPhonesMakeByDefault() {
        long cap = context.getBean(VisitProperties.class).maxPixels();
        assertThat(cap).isLessThan(8000L * 6000).isGreaterThanOrEqualTo(5712L * 4284);
    }

    @Test
    void theReaderKeepsEnoughPixelsForTheStoredSizeAndNoMore() {
        assertThat(PhotoProcessing.subsampling(800, 600, 1600)).isEqualTo(1);
        assertThat(PhotoProcessing.subsampling(3199, 3199, 1600)).isEqualTo(1);
        assertThat(PhotoProcessing.subsampling(3200, 1800, 1600)).isEqualTo(2);
        assertThat(PhotoProcessing.subsampling(6000, 4000, 1600)).isEqualTo(3);
        assertThat(PhotoProcessing.subsampling(4284, 5712, 1600)).isEqualTo(3);
    }

    @Test
    void aPhoneJpegTurnedByItsExifOrientationIsStoredUpright() throws Exception {
        long fresh = fx.plannedToday(fx.aCase("Foto Tegak"));
        VisitPhotos.Photo photo = add(fresh, jpegWithOrientation(VisitFixtures.png(400, 200), 6));
        assertThat(photo.width()).isEqualTo(200);
        assertThat(photo.height()).isEqualTo(400);
    }

    @Test
    void anAccountMayUploadSoManyPhotosPerWindowThenIsToldWhenToTryAgain() {
        PhotoUploadAllowance allowance = context.getBean(PhotoUploadAllowance.class);
        VisitProperties settings = context.getBean(VisitProperties.class);
        long account = fx.office.colleague.id();
        for (int i = 0; i < settings.photoUploads(); i++) {
            allowance.take(account);
        }
        assertThatThrownBy(() -> allowance.take(account)).isInstanceOfSatisfying(PhotoRetryLaterException.class, e -> {
            assertThat(e.reason()).isEqualTo(PhotoRetryLaterException.Reason.TOO_MANY_UPLOADS);
            assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(settings.photoUploadWindow());
        });
        // another account is not held up by this one
        allowance.take(fx.office.supervisor.id());
        // once the window is over, the count starts again
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("update photo_upload_window set window_start = window_start - ? * interval '1 second' "
                + "where account_id = ?", settings.photoUploadWindow().toSeconds() + 1, account);
        allowance.take(account);
        assertThat(jdbc.queryForObject("select uploads from photo_upload_window where account_id = ?", Integer.class,
                account)).isEqualTo(1);
    }

    /** The picture as a JPEG with an EXIF block saying how the camera was held. */
    static byte[] jpegWithOrientation(byte[] png, int orientation) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(ImageIO.read(new ByteArrayInputStream(png)), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        // TIFF header (big-endian), one IFD entry: Orientation (0x0112), SHORT, 1 value
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.write(new byte[] {(byte) 0xFF, (byte) 0xE1});
        int length = 2 + 6 + tiff.length;
        app1.write(new byte[] {(byte) (length >> 8), (byte) length});
        app1.write(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        app1.write(tiff);
        // after the JFIF segment that ImageIO writes first
        int jfifEnd = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jfifEnd);
        out.write(app1.toByteArray());
        out.write(jpeg, jfifEnd, jpeg.length - jfifEnd);
        return out.toByteArray();
    }

    static byte[] pngWithText(String keyword, String value) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VisitFixtures.png(800, 600)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", keyword);
        entry.setAttribute("value", value);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
