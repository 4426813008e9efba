package id.lentera.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
