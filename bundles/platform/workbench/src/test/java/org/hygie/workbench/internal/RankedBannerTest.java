package org.hygie.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.hygie.workbench.chart.ChartBanner;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class RankedBannerTest {
    private static final ChartBanner A = (parent, context) -> null;
    private static final ChartBanner B = (parent, context) -> null;
    private static final ChartBanner C = (parent, context) -> null;

    @Test
    void preference_shouldChooseTheHighestRankingThenTheOldestService() {
        RankedBanner old = new RankedBanner(A, Map.of(Constants.SERVICE_ID, 10L));
        RankedBanner newer = new RankedBanner(B, Map.of(Constants.SERVICE_ID, 20L));
        RankedBanner ranked = new RankedBanner(C, Map.of(Constants.SERVICE_ID, 30L, Constants.SERVICE_RANKING, 5));
        assertThat(Stream.of(old, newer).max(RankedBanner.PREFERENCE)).contains(old);
        assertThat(Stream.of(old, newer, ranked).max(RankedBanner.PREFERENCE)).contains(ranked);
    }

    @Test
    void ranking_shouldBeZeroWhenNotAnInteger() {
        assertThat(new RankedBanner(A, Map.of(Constants.SERVICE_RANKING, "high")).ranking()).isZero();
    }
}
