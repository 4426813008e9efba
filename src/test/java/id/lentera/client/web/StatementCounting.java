package id.lentera.client.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, through JPA or JDBC alike (the pages use
 * both), by wrapping the application's DataSource. Hibernate statistics alone would miss the JDBC ones.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<AtomicLong> COUNTER = new ThreadLocal<>();

    /** How many statements {@code action} prepared on this thread. */
    public static long count(Runnable action) {
        AtomicLong counter = new AtomicLong();
        COUNTER.set(counter);
        try {
            action.run();
        } finally {
            COUNTER.remove();
        }
        return counter.get();
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, dataSource, "getConnection",
                            connection -> proxy(Connection.class, (Connection) connection, null, null));
                }
                return bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, String wrapMethod,
            java.util.function.Function<Object, Object> wrapper) {
        return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (STATEMENTS.contains(method.getName()) && COUNTER.get() != null) {
                        COUNTER.get().incrementAndGet();
                    }
                    try {
                        Object result = method.invoke(target, args);
                        return wrapper != null && method.getName().equals(wrapMethod) ? wrapper.apply(result) : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
