package id.lentera.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A benchmark against a large database of one's own ({@code -Dbenchmark.url=jdbc:postgresql://…},
 * user and password {@code -Dbenchmark.user}/{@code -Dbenchmark.password}, default postgres): the
 * whole application connects to it (no embedded database, no demo data). Without the URL the class
 * does not run. Out-of-order migrations are allowed because measuring databases are migrated as
 * the branches land.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "benchmark.url", matches = ".+")
@SpringBootTest(properties = {
        "spring.datasource.url=${benchmark.url}",
        "spring.datasource.username=${benchmark.user:postgres}",
        "spring.datasource.password=${benchmark.password:postgres}",
        "spring.flyway.out-of-order=true"})
@AutoConfigureMockMvc
public @interface BenchmarkDatabase {
}
