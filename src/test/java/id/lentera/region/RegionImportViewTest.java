package id.lentera.region;

import java.time.Instant;
import java.util.List;

import id.lentera.region.RegionImportView.LevelCount;
import id.lentera.region.RegionImportView.Phase;
import id.lentera.region.RegionImportView.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionImportViewTest {

    private static RegionImportView run(State state, Phase phase, int total, int done, List<LevelCount> counts) {
        return new RegionImportView(1, "f.csv", "admin", Instant.EPOCH, null, state, phase, total, done, 0, counts,
                List.of());
    }

    @Test
    void progressGrowsThroughThePhases() {
        assertThat(run(State.RUNNING, Phase.READING, 0, 0, List.of()).percent()).isZero();
        assertThat(run(State.RUNNING, Phase.LOADING, 1000, 0, List.of()).percent()).isEqualTo(20);
        assertThat(run(State.RUNNING, Phase.LOADING, 1000, 500, List.of()).percent()).isEqualTo(45);
        assertThat(run(State.RUNNING, Phase.LOADING, 1000, 1000, List.of()).percent()).isEqualTo(70);
        assertThat(run(State.RUNNING, Phase.APPLYING, 1000, 1000, List.of()).percent()).isEqualTo(70);
        assertThat(run(State.APPLIED, Phase.DONE, 1000, 1000, List.of()).percent()).isEqualTo(100);
    }

    @Test
    void addsUpTheLevels() {
        var view = run(State.APPLIED, Phase.DONE, 5, 5, List.of(new LevelCount(RegionLevel.PROVINCE, 1, 1, 0, 0),
                new LevelCount(RegionLevel.VILLAGE, 4, 1, 2, 1)));

        assertThat(view.total()).isEqualTo(new LevelCount(null, 5, 2, 2, 1));
    }
}
