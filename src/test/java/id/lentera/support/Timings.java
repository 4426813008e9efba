package id.lentera.support;

import java.util.Arrays;

/** Percentiles of timings taken in microseconds, for the benchmarks. */
public final class Timings {

    private Timings() {
    }

    /** The p-th percentile, in milliseconds. */
    public static double percentile(long[] micros, int p) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** One line: what, then p50, p95 and max in milliseconds. */
    public static String line(String what, long[] micros) {
        return "  %-34s p50 %6.1f  p95 %6.1f  max %6.1f".formatted(what, percentile(micros, 50), percentile(micros, 95),
                Arrays.stream(micros).max().orElse(0) / 1000.0);
    }
}
