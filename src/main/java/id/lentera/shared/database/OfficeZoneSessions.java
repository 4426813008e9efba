package id.lentera.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import id.lentera.shared.LenteraProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every database session runs in the office's zone, whatever the server's: the JDBC driver would
 * otherwise give each session the JVM's zone, and {@code current_date}, a timestamp cast to a date
 * or a month truncated in SQL would follow the server (UTC on most servers) instead of the office.
 * Our SQL names the zone where it counts days; this makes the rest agree with it.
 */
@Component
class OfficeZoneSessions implements BeanPostProcessor {

    private final ObjectProvider<LenteraProperties> properties;

    OfficeZoneSessions(ObjectProvider<LenteraProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            String zone = LenteraProperties.requireRegion(properties.getObject().timeZone()).getId();
            String setZone = "set time zone '" + zone.replace("'", "") + "'";
            String own = pool.getConnectionInitSql();
            pool.setConnectionInitSql(own == null || own.isBlank() ? setZone : setZone + "; " + own);
        }
        return bean;
    }
}
