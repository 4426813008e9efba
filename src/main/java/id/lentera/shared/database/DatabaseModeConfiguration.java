package id.lentera.shared.database;

import id.lentera.shared.DatabaseMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class DatabaseModeConfiguration {

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return new DatabaseMode(!StringUtils.hasText(environment.getProperty("spring.datasource.url")));
    }
}
