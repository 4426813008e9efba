package id.lentera.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every {@link UsesTestDatabase} context at the shared {@link TestDatabase}. Setting
 * {@code spring.datasource.url} also means the application's own embedded database and its demo
 * data stay off, exactly as with an external database in production. The context's {@code Clock}
 * is the {@link TestClock}, the one the fixtures read too.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
                .isPresent(UsesTestDatabase.class);
        return wanted ? new Customizer() : null;
    }

    /** All such contexts get the same customizer, so Spring's context cache can share them. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase.Connection db = TestDatabase.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                    "spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    // every MockMvc request comes from 127.0.0.1: throttling by address would make the
                    // suite's wrong passwords slow down each other; SignInThrottlingTest sets its own limits
                    "lentera.sign-in.address-free-failures", "1000000",
                    "lentera.sign-in.global-free-failures", "1000000")));
            context.getBeanFactory().registerSingleton("clock", TestClock.get());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
