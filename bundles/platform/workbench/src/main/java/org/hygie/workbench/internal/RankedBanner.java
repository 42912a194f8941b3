package org.hygie.workbench.internal;

import java.util.Comparator;
import java.util.Map;

import org.hygie.workbench.chart.ChartBanner;
import org.osgi.framework.Constants;

/** A chart banner bound by the workbench, with what decides which one a chart shows: the service's ranking, then its age. */
record RankedBanner(ChartBanner banner, int ranking, long serviceId) {
    /** Higher ranking first; among equals the older service, as the framework itself prefers. */
    static final Comparator<RankedBanner> PREFERENCE = Comparator.comparingInt(RankedBanner::ranking)
            .thenComparing(Comparator.comparingLong(RankedBanner::serviceId).reversed());

    RankedBanner(ChartBanner banner, Map<String, Object> properties) {
        this(banner, properties.get(Constants.SERVICE_RANKING) instanceof Integer rank ? rank : 0,
                properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE);
    }
}
