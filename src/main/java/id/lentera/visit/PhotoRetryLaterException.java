package id.lentera.visit;

import java.time.Duration;

/**
 * A photo not taken now, through no fault of the photo: the server is decoding as many as it may at
 * once, or the account sent more than its share lately. Sending it again later works.
 */
public class PhotoRetryLaterException extends RuntimeException {

    public enum Reason {
        /** Every decoding slot stayed taken while the photo waited (HTTP 503). */
        BUSY("visit.photo.busy"),
        /** The account's uploads of the current window are used up (HTTP 429). */
        TOO_MANY_UPLOADS("visit.photo.rateLimited");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    PhotoRetryLaterException(Reason reason, Duration retryAfter) {
        super("photo not taken now: " + reason);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key, for the field {@code photos}. */
    public String code() {
        return reason.code;
    }

    /** When trying again makes sense, at the earliest; never less than a second. */
    public Duration retryAfter() {
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }
}
