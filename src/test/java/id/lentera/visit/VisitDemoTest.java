package id.lentera.visit;

import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo visits are made only on the embedded database (the tests run on an external one). */
@IntegrationTest
class VisitDemoTest {

    @Autowired
    VisitDemo demo;
    @Autowired
    HomeVisits visits;

    @Test
    void doesNothingOnAnExternalDatabase() {
        long before = visits.count();
        demo.run(new DefaultApplicationArguments());
        assertThat(visits.count()).isEqualTo(before);
    }
}
