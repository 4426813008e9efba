package id.lentera.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseReference;
import id.lentera.casework.Casework;
import id.lentera.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos of home visits: each uploaded on its own (a phone on a weak link retries one photo, not the
 * whole form), re-encoded, kept in PostgreSQL, and reached only by a random id, checked against
 * who may see the visit's case on every request.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class VisitPhotos {

    /** A stored photo, without its bytes. */
    public record Photo(UUID publicId, int width, int height, Instant uploadedAt) {
    }

    /** The bytes to send. */
    public record Image(byte[] bytes, String contentType) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final HomeVisits visits;
    private final Casework casework;
    private final PhotoProcessing processing;
    private final PhotoUploadAllowance allowance;
    private final VisitProperties properties;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    VisitPhotos(NamedParameterJdbcTemplate jdbc, HomeVisits visits, Casework casework, PhotoProcessing processing,
            PhotoUploadAllowance allowance, VisitProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.casework = casework;
        this.processing = processing;
        this.allowance = allowance;
        this.properties = properties;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Adds a photo to a planned or done visit the user may record. Decoding and re-encoding happen
     * between two short transactions, so that a slow picture holds neither a connection nor a lock;
     * they wait for one of the few decoding slots, and the upload is only read once the photo has one.
     *
     * @param size the upload's size as the request declared it, checked before reading it
     * @throws VisitInputException on the field {@code photos} when refused
     * @throws PhotoRetryLaterException when the server is busy decoding other photos, or the user sent
     *         too many photos lately
     */
    public Photo add(long visitId, long size, java.util.function.Supplier<byte[]> content, CurrentUser user) {
        readOnly.executeWithoutResult(status -> checkRoom(visits.findById(visitId)
                .orElseThrow(() -> new NotFoundException("visit")), size, user));
        allowance.take(user.id());
        PhotoProcessing.Processed processed = processing.inTurn(() -> {
            byte[] bytes = content.get();
            if (bytes.length > properties.maxPhotoSize().toBytes()) {
                throw new VisitInputException("photos", "visit.photo.tooLarge");
            }
            return processing.process(bytes);
        });
        return writing.execute(status -> {
            // locked and counted again: two photos sent at once must not both pass the limit
            checkRoom(visits.findForUpdate(visitId).orElseThrow(() -> new NotFoundException("visit")), size, user);
            UUID publicId = UUID.randomUUID();
            Instant now = clock.instant();
            jdbc.update("""
                    insert into visit_photo (public_id, visit_id, content_type, width, height, image, thumbnail,
                                             uploaded_by, uploaded_at)
                    values (:publicId, :visit, :type, :width, :height, :image, :thumbnail, :by, :at)""",
                    new MapSqlParameterSource("publicId", publicId).addValue("visit", visitId)
                            .addValue("type", PhotoProcessing.CONTENT_TYPE).addValue("width", processed.width())
                            .addValue("height", processed.height()).addValue("image", processed.image())
                            .addValue("thumbnail", processed.thumbnail()).addValue("by", user.id())
                            .addValue("at", Timestamp.from(now)));
            return new Photo(publicId, processed.width(), processed.height(), now);
        });
    }

    private void checkRoom(HomeVisit visit, long size, CurrentUser user) {
        CaseReference target = casework.reference(visit.getCaseId(), user);
        if (!target.mayWork()) {
            throw new AccessDeniedException("may not add photos to this visit");
        }
        if (!target.open() || (visit.getStatus() != VisitStatus.PLANNED && visit.getStatus() != VisitStatus.DONE)) {
            throw new VisitInputException("photos", "visit.photo.notNow");
        }
        if (size <= 0) {
            throw new VisitInputException("photos", "visit.photo.empty");
        }
        if (size > properties.maxPhotoSize().toBytes()) {
            throw new VisitInputException("photos", "visit.photo.tooLarge");
        }
        Integer count = jdbc.queryForObject("select count(*) from visit_photo where visit_id = :visit",
                Map.of("visit", visit.getId()), Integer.class);
        if (count != null && count >= properties.maxPhotos()) {
            throw new VisitInputException("photos", "visit.photo.tooMany");
        }
    }

    /** The photo or its thumbnail, when the user may see the visit's case; else not found. */
    @Transactional(readOnly = true)
    public Image image(UUID publicId, boolean thumbnail, CurrentUser user) {
        String column = thumbnail ? "p.thumbnail" : "p.image";
        List<Object[]> rows = jdbc.query("select v.case_id, p.content_type, " + column
                + " from visit_photo p join home_visit v on v.id = p.visit_id where p.public_id = :id",
                Map.of("id", publicId), (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3)});
        if (rows.isEmpty()) {
            throw new NotFoundException("photo");
        }
        casework.reference((Long) rows.get(0)[0], user);
        return new Image((byte[]) rows.get(0)[2], (String) rows.get(0)[1]);
    }

    /** The visit's photos, oldest first; the caller has checked the visit is the user's to see. */
    List<Photo> of(long visitId) {
        return jdbc.query("select public_id, width, height, uploaded_at from visit_photo where visit_id = :visit order by id",
                Map.of("visit", visitId), (rs, i) -> new Photo(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()));
    }
}
