package id.lentera.eligibility;

import java.time.ZoneId;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly evaluation: scheduled by the cron of {@link EligibilityProperties} in the office's zone
 * ({@code lentera.time-zone}, whatever the server's) and locked through the {@code shedlock} table
 * so that, with several instances, one of them runs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class EligibilityConfiguration implements SchedulingConfigurer {

    private final NightlyEvaluation nightly;
    private final EligibilityProperties properties;
    private final ZoneId officeZone;

    EligibilityConfiguration(NightlyEvaluation nightly, EligibilityProperties properties, ZoneId officeZone) {
        this.nightly = nightly;
        this.properties = properties;
        this.officeZone = officeZone;
    }

    @Bean
    @ConditionalOnMissingBean
    static LockProvider lockProvider(DataSource dataSource) {
        // the database's clock, so that instances with skewed clocks still agree on who holds the lock
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(nightly::run, new CronTrigger(properties.nightlyCron(), officeZone));
    }
}
