package id.lentera.casework.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.casework.Casework;
import id.lentera.casework.TestOffice;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caseload and the approvals queue run the same number of SQL statements whatever their size;
 * so does the case page whatever the number of records. Statements are counted at the JDBC
 * connection, so JPA and JdbcTemplate queries both count.
 */
@IntegrationTest
@Import(CaseloadQueriesTest.Counting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadQueriesTest {

    /** Counts statements prepared on the current thread while {@link #counting} is on. */
    static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                            (proxy, method, args) -> {
                                Object result = invoke(method, dataSource, args);
                                return result instanceof Connection connection ? counted(connection) : result;
                            });
                }
            };
        }

        static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            AtomicInteger counter = COUNTER.get();
                            if (counter != null) {
                                counter.incrementAndGet();
                            }
                        }
                        return invoke(method, connection, args);
                    });
        }

        static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;

    TestOffice small;
    TestOffice large;
    long smallCase;
    long largeCase;

    @BeforeAll
    void twoCaseloads() {
        small = new TestOffice(context);
        large = new TestOffice(context);
        smallCase = small.openCase("Kecil");
        for (int i = 0; i < 25; i++) {
            long id = large.openCase("Besar " + i);
            largeCase = id;
        }
        CurrentUser w = large.worker;
        // a case page with many records
        for (int i = 0; i < 15; i++) {
            int n = i;
            SignedIn.run(w, () -> casework.addNote(largeCase, TestClock.today(), "catatan " + n, w));
        }
    }

    int statements(String path, CurrentUser user) throws Exception {
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        try {
            mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
        } finally {
            COUNTER.remove();
        }
        return counter.get();
    }

    @Test
    void theCaseloadRunsAFixedNumberOfStatements() throws Exception {
        int few = statements("/cases", small.worker);
        int many = statements("/cases", large.worker);
        int supervisorsMany = statements("/cases?awaiting=true&quiet=false&status=ALL", large.supervisor);
        assertThat(few).isPositive();
        // a first page that is not full needs no count query (Spring Data skips it): one statement less
        assertThat(many).isBetween(few, few + 1);
        assertThat(supervisorsMany).isLessThanOrEqualTo(few + 1);
        CurrentUser head = new TestAccounts(context).account(Role.HEAD_OF_OFFICE);
        assertThat(statements("/cases", head)).isBetween(few, few + 1);
    }

    @Test
    void theCasePageRunsAFixedNumberOfStatements() throws Exception {
        int few = statements("/cases/" + smallCase, small.worker);
        int many = statements("/cases/" + largeCase, large.worker);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void theApprovalQueueRunsAFixedNumberOfStatements() throws Exception {
        assertThat(statements("/approvals", large.supervisor)).isEqualTo(statements("/approvals", small.supervisor));
    }
}
