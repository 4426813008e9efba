package id.lentera.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin on an empty external database, from {@code LENTERA_ADMIN_USERNAME} and
 * {@code LENTERA_ADMIN_PASSWORD}. That password is temporary: it must be changed at first sign-in.
 */
@ConfigurationProperties("lentera.admin")
public record AccountBootstrapProperties(String username, String password) {
}
