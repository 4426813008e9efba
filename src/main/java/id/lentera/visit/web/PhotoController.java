package id.lentera.visit.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.shared.NotAudited;
import id.lentera.shared.PersonalData;
import id.lentera.visit.PhotoRetryLaterException;
import id.lentera.visit.VisitInputException;
import id.lentera.visit.VisitPhotos;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One photo per request (the form's script sends each with its own progress bar and retry), and
 * the photos themselves, by their random id only, checked on every request and never stored by
 * any cache.
 */
@Controller
@RequestMapping("/visits")
class PhotoController {

    private final VisitPhotos photos;
    private final MessageSource messages;

    PhotoController(VisitPhotos photos, MessageSource messages) {
        this.photos = photos;
        this.messages = messages;
    }

    @PostMapping("/{id}/photos")
    ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return refused("visit.photo.empty");
        }
        try {
            VisitPhotos.Photo photo = photos.add(id, file.getSize(), () -> {
                try {
                    return file.getBytes();
                } catch (IOException e) {
                    throw new VisitInputException("photos", "visit.photo.unreadable");
                }
            }, user);
            return ResponseEntity.ok(Map.of("id", photo.publicId().toString(),
                    "thumbnail", "/visits/photos/" + photo.publicId() + "/thumb",
                    "url", "/visits/photos/" + photo.publicId()));
        } catch (VisitInputException e) {
            return refused(e.problems().get(0).code());
        } catch (PhotoRetryLaterException e) {
            String message = messages.getMessage(e.code(), null, e.code(), LocaleContextHolder.getLocale());
            return ResponseEntity.status(status(e)).header(HttpHeaders.RETRY_AFTER, retryAfter(e))
                    .body(Map.of("error", message, "code", e.code()));
        }
    }

    /** Busy decoding: 503; too many photos from this account lately: 429. Both say when to try again. */
    static HttpStatus status(PhotoRetryLaterException e) {
        return e.reason() == PhotoRetryLaterException.Reason.BUSY ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.TOO_MANY_REQUESTS;
    }

    static String retryAfter(PhotoRetryLaterException e) {
        return String.valueOf(e.retryAfter().toSeconds());
    }

    @PersonalData(value = "PHOTO_VIEWED", record = "photo", id = "publicId")
    @GetMapping("/photos/{publicId}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID publicId) {
        return send(photos.image(publicId, false, user));
    }

    @NotAudited("a thumbnail on the visit page, which is recorded; the full photo is recorded on its own")
    @GetMapping("/photos/{publicId}/thumb")
    ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID publicId) {
        return send(photos.image(publicId, true, user));
    }

    private static ResponseEntity<byte[]> send(VisitPhotos.Image image) {
        // a photo of someone's home is personal data like the pages that show it: kept by no proxy and
        // by no browser cache (a phone is lost, shared or handed in)
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(image.contentType())).body(image.bytes());
    }

    private ResponseEntity<Map<String, Object>> refused(String code) {
        String message = messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("error", message, "code", code));
    }
}
