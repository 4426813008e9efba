package id.lentera.visit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into what is stored: checked by its content (JPEG, PNG or WebP, whatever
 * the file is called), decoded, resized and written again as JPEG. Writing it again is what drops
 * every metadata block the camera put in, its GPS position among them.
 */
@Component
class PhotoProcessing {

    /** What the file's first bytes say it is. */
    enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }

        static Format sniff(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                    && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
                return PNG;
            }
            if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W'
                    && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
                return WEBP;
            }
            return null;
        }
    }

    record Processed(byte[] image, int width, int height, byte[] thumbnail) {
    }

    static final String CONTENT_TYPE = "image/jpeg";

    private final VisitProperties properties;

    PhotoProcessing(VisitProperties properties) {
        this.properties = properties;
        // the WebP reader is a plugin in its own jar: make sure ImageIO has seen it, whatever loaded it first
        ImageIO.scanForPlugins();
    }

    /** @throws VisitInputException on the photo field when it is not an image we take */
    Processed process(byte[] bytes) {
        Format format = Format.sniff(bytes);
        if (format == null) {
            throw refused("visit.photo.notImage");
        }
        checkDimensions(bytes, format);
        try {
            BufferedImage stored = resized(Thumbnails.of(new ByteArrayInputStream(bytes)), properties.photoEdge());
            byte[] image = jpeg(stored);
            byte[] thumbnail = jpeg(resized(Thumbnails.of(stored), properties.thumbnailEdge()));
            return new Processed(image, stored.getWidth(), stored.getHeight(), thumbnail);
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt file that only looks like an image at its start
            throw refused("visit.photo.unreadable");
        }
    }

    /** Reads only the header: a few kilobytes can claim a picture that takes gigabytes to decode. */
    private void checkDimensions(byte[] bytes, Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw refused("visit.photo.notImage");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > properties.maxPixels()) {
                throw refused("visit.photo.tooManyPixels");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof VisitInputException refusal) {
                throw refusal;
            }
            throw refused("visit.photo.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage resized(Thumbnails.Builder<?> builder, int edge) throws IOException {
        BufferedImage probe = onWhite(builder.scale(1.0).asBufferedImage());
        if (Math.max(probe.getWidth(), probe.getHeight()) <= edge) {
            return probe;
        }
        return Thumbnails.of(probe).size(edge, edge).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
    }

    /** JPEG has no transparency: a PNG's transparent parts are laid on white, as on paper, not left black. */
    private static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = flat.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(image).scale(1.0).outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
        return out.toByteArray();
    }

    private static VisitInputException refused(String code) {
        return new VisitInputException("photos", code);
    }
}
