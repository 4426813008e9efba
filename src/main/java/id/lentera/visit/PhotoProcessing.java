package id.lentera.visit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into what is stored: checked by its content (JPEG, PNG or WebP, whatever
 * the file is called), decoded, resized and written again as JPEG. Writing it again is what drops
 * every metadata block the camera put in, its GPS position among them.
 *
 * <p>A photo costs memory and CPU by its pixels, not by its bytes: a 6 KB PNG can declare 48
 * megapixels. So the dimensions are read from the header and too many pixels are refused before
 * anything is decoded; what is decoded is subsampled by the reader straight to between one and two
 * times the stored size (never the whole picture in memory); and only a few photos are decoded at
 * once, the others waiting a moment for their turn.
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

    private static final float JPEG_QUALITY = 0.85f;

    private final VisitProperties properties;
    private final Semaphore decodes;

    PhotoProcessing(VisitProperties properties) {
        this.properties = properties;
        this.decodes = new Semaphore(Math.max(1, properties.photoDecodes()), true);
        // the WebP reader is a plugin in its own jar: make sure ImageIO has seen it, whatever loaded it first
        ImageIO.scanForPlugins();
    }

    /**
     * Runs {@code work} (reading an upload and processing it) once one of the decoding slots is
     * free, waiting for one at most {@code photoDecodeWait}. The upload's bytes are only read
     * inside, so that waiting photos do not sit in memory.
     *
     * @throws PhotoRetryLaterException when no slot came free in time
     */
    <T> T inTurn(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = decodes.tryAcquire(properties.photoDecodeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new PhotoRetryLaterException(PhotoRetryLaterException.Reason.BUSY, properties.photoDecodeWait());
        }
        try {
            return work.get();
        } finally {
            decodes.release();
        }
    }

    /** The decoding slots, so that a test can take them all. */
    Semaphore slots() {
        return decodes;
    }

    /** @throws VisitInputException on the photo field when it is not an image we take */
    Processed process(byte[] bytes) {
        Format format = Format.sniff(bytes);
        if (format == null) {
            throw refused("visit.photo.notImage");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw refused("visit.photo.notImage");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            // a JPEG's metadata holds the camera's orientation; it is read, never written back
            reader.setInput(in, true, format != Format.JPEG);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw refused("visit.photo.unreadable");
            }
            if ((long) width * height > properties.maxPixels()) {
                throw refused("visit.photo.tooManyPixels");
            }
            ImageFilter turn = format == Format.JPEG ? orientation(reader) : null;
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, properties.photoEdge());
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage stored = fit(reader.read(0, param), properties.photoEdge());
            if (turn != null) {
                stored = turn.apply(stored);
            }
            byte[] image = jpeg(stored);
            BufferedImage small = Math.max(stored.getWidth(), stored.getHeight()) <= properties.thumbnailEdge() ? stored
                    : Thumbnails.of(stored).size(properties.thumbnailEdge(), properties.thumbnailEdge())
                            .imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
            return new Processed(image, stored.getWidth(), stored.getHeight(), jpeg(small));
        } catch (VisitInputException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt file that only looks like an image at its start
            throw refused("visit.photo.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /**
     * Every how many pixels the reader keeps one, in both directions: the largest step that still
     * leaves the longest side at least {@code edge}, so the decoded picture is at most about four
     * times the stored one, whatever the photo's size.
     */
    static int subsampling(int width, int height, int edge) {
        return Math.max(1, Math.max(width, height) / Math.max(1, edge));
    }

    /** The camera's orientation from the EXIF block; null when upright or unknown. */
    private static ImageFilter orientation(ImageReader reader) {
        try {
            Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
            return orientation == null || orientation == Orientation.TOP_LEFT ? null
                    : ExifFilterUtils.getFilterForOrientation(orientation);
        } catch (IOException | RuntimeException unreadableMetadata) {
            return null;
        }
    }

    /**
     * The picture scaled to a longest side of at most {@code edge}, as RGB. JPEG has no
     * transparency: a PNG's transparent parts are laid on white, as on paper, not left black.
     * After subsampling the scale is at most halved, where one bilinear step is as good as many.
     */
    private static BufferedImage fit(BufferedImage decoded, int edge) {
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        int longest = Math.max(width, height);
        if (longest > edge) {
            width = Math.max(1, (int) Math.round((double) width * edge / longest));
            height = Math.max(1, (int) Math.round((double) height * edge / longest));
        } else if (decoded.getType() == BufferedImage.TYPE_INT_RGB) {
            return decoded;
        }
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    /** Written with ImageIO's JPEG writer: a JFIF header and the pixels, nothing else. */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static VisitInputException refused(String code) {
        return new VisitInputException("photos", code);
    }
}
