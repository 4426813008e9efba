package id.lentera.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumEntropy the bits of entropy nbvcxz must estimate for a new password; 35 refuses
 *        dictionary words with digits ("indonesia123") and keyboard runs
 */
@ConfigurationProperties("lentera.password")
public record PasswordProperties(@DefaultValue("35") double minimumEntropy) {
}
