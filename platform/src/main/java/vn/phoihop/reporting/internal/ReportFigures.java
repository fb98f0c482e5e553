package vn.phoihop.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/** Every module's figures for a period: all {@link IndicatorSource} beans, in the report's section order. */
@Component
class ReportFigures {

    /** The sections of the report in order; a source's other sections follow, alphabetically. */
    static final List<String> SECTIONS = List.of("participants", "arrears", "verification", "findings", "cases",
            "complaints", "inspection", "duties");

    private final List<IndicatorSource> sources;

    ReportFigures(List<IndicatorSource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<Indicator> collect(ReportingPeriod period, String provinceCode) {
        List<Indicator> all = new ArrayList<>();
        for (IndicatorSource source : sources) {
            all.addAll(source.indicators(period, provinceCode));
        }
        all.sort(Comparator.comparingInt((Indicator i) -> order(i.section())).thenComparing(Indicator::section));
        return all;
    }

    static int order(String section) {
        int index = SECTIONS.indexOf(section);
        return index < 0 ? SECTIONS.size() : index;
    }
}
