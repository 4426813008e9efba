package id.lentera.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: the office's ({@code lentera.time-zone}), whatever zone the
 * server runs in. Everything that asks for "today" or "now" reads it, Bean Validation included.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The office's clock; tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(LenteraProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    ZoneId officeZone(LenteraProperties properties) {
        return properties.timeZone();
    }

    /**
     * {@code @PastOrPresent} and its kin judge by the office's date, not the server's: at 01:00 WIB
     * on a server in UTC, today is already today.
     */
    @Bean
    ValidationConfigurationCustomizer officeClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
