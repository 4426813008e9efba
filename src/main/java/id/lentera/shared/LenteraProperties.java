package id.lentera.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Office-wide settings. */
@ConfigurationProperties("lentera")
public record LenteraProperties(@DefaultValue("Asia/Jakarta") ZoneId timeZone) {
}
