package id.lentera.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office-wide settings.
 *
 * @param timeZone the office's zone: its "today", its months and its nights, whatever zone the server
 *        runs in; a region such as {@code Asia/Jakarta} (WIB), {@code Asia/Makassar} (WITA) or
 *        {@code Asia/Jayapura} (WIT)
 */
@ConfigurationProperties("lentera")
public record LenteraProperties(@DefaultValue("Asia/Jakarta") ZoneId timeZone) {

    public LenteraProperties {
        requireRegion(timeZone);
    }

    /** Refuses an offset such as {@code +08:00}: PostgreSQL reads those the POSIX way (west of Greenwich). */
    public static ZoneId requireRegion(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) {
            throw new IllegalStateException("lentera.time-zone must be a region such as Asia/Makassar, not an offset: "
                    + zone);
        }
        return zone;
    }
}
