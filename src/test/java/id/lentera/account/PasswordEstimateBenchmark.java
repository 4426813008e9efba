package id.lentera.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * How long the strength estimate takes on its hardest inputs (long, repetitive), one at a time and
 * eight at once: a measurement, not a test (timings on a shared 2-core machine are no pass/fail),
 * so it is not in the suite. Run: {@code ./mvnw test -Dtest=PasswordEstimateBenchmark}.
 * Measured when the bounded prefix came in: 30-150 ms for a passphrase, up to about 650 ms for
 * "Ab1!" repeated; with the whole 128 characters under the old global lock, eight took about ten
 * seconds one after another.
 */
class PasswordEstimateBenchmark {

    private final PasswordPolicy policy = new PasswordPolicy(35);

    @Test
    void hardestInputsOneAtATimeAndEightAtOnce() throws Exception {
        List<String> hardest = List.of(PasswordPolicyTest.passphrase128(), "Ab1!".repeat(32),
                PasswordPolicyTest.EMOJI_20.repeat(6), "correcthorsebatterystaple".repeat(6).substring(0, 128));
        hardest.forEach(candidate -> policy.check("peksos1", candidate, false));
        for (String candidate : hardest) {
            long start = System.nanoTime();
            policy.check("peksos1", candidate, false);
            System.out.printf("one estimate (%d chars): %d ms%n", candidate.length(), (System.nanoTime() - start) / 1_000_000);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String candidate = hardest.get(i % hardest.size());
                running.add(pool.submit(() -> policy.check("peksos1", candidate, false)));
            }
            for (Future<?> estimate : running) {
                estimate.get();
            }
            System.out.printf("eight at once: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
