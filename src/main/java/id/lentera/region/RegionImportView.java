package id.lentera.region;

import java.time.Instant;
import java.util.List;

/**
 * An import as the admin follows it: how far it got and, once finished, what it did or why it was
 * refused.
 *
 * @param counts per level, for an applied import (empty otherwise)
 * @param problems the first problems of a rejected import, by line
 */
public record RegionImportView(long id, String fileName, String startedBy, Instant startedAt, Instant finishedAt,
        State state, Phase phase, int rowsTotal, int rowsDone, int problemCount, List<LevelCount> counts,
        List<ImportProblem> problems) {

    public enum State { RUNNING, APPLIED, REJECTED, FAILED }

    /** The steps of a run, in order; each takes its share of the progress bar. */
    public enum Phase {
        READING(0, 10), CHECKING(10, 20), LOADING(20, 70), APPLYING(70, 95), DONE(100, 100);

        private final int from;
        private final int to;

        Phase(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    /** What an applied import did at one level. */
    public record LevelCount(RegionLevel level, int rowsRead, int added, int renamed, int unchanged) {
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** 0 to 100, for the progress bar. */
    public int percent() {
        if (!running()) {
            return 100;
        }
        if (phase != Phase.LOADING || rowsTotal == 0) {
            return phase.from;
        }
        return phase.from + (int) ((long) (phase.to - phase.from) * Math.min(rowsDone, rowsTotal) / rowsTotal);
    }

    public LevelCount total() {
        return new LevelCount(null, counts.stream().mapToInt(LevelCount::rowsRead).sum(),
                counts.stream().mapToInt(LevelCount::added).sum(), counts.stream().mapToInt(LevelCount::renamed).sum(),
                counts.stream().mapToInt(LevelCount::unchanged).sum());
    }
}
