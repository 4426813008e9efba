package id.lentera.shared.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). Two requests of one session at once (a double
 * tap, a sign-in sent twice, a page and its htmx fragment) may both add the same attribute; with the
 * plain insert the second collides on the attribute's primary key and the user gets an error for a
 * save that worked. The upsert writes whichever comes last instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsOfOneSessionNeverCollide() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
