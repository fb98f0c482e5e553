package vn.phoihop.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/**
 * Each agency's on-time rate for its duties falling due in the period, from the registry's
 * obligations calendar (the regulations' duties with their due dates and fulfilment). It lives in
 * reporting because reporting fulfils the calendar's report duties; the registry cannot depend on
 * reporting without a cycle.
 */
@Component
class DutyIndicators implements IndicatorSource {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ObligationCalendar calendar;
    private final RoleAssignments roles;
    private final Clock clock;

    DutyIndicators(ObligationCalendar calendar, RoleAssignments roles, Clock clock) {
        this.calendar = calendar;
        this.roles = roles;
        this.clock = clock;
    }

    /** The duties of one role in the period. */
    record Tally(String role, String agencyName, long due, long onTime, long late, long missing) {
        BigDecimal rate() {
            return DataIndicators.percent(onTime, due);
        }
    }

    @Override
    public List<Indicator> indicators(ReportingPeriod period, String provinceCode) {
        if (provinceCode == null) {
            return List.of();
        }
        List<Indicator> out = new ArrayList<>();
        String basis = "Lịch nghĩa vụ theo các quy chế phối hợp; hạn trong kỳ " + period.label();
        long due = 0;
        long onTime = 0;
        for (Tally t : tallies(period, provinceCode)) {
            due += t.due();
            onTime += t.onTime();
            String prefix = "duties." + t.role() + ".";
            out.add(new Indicator("duties", prefix + "due", t.agencyName() + " — nghĩa vụ đến hạn",
                    t.role() + " — duties due", BigDecimal.valueOf(t.due()), "count", basis));
            out.add(new Indicator("duties", prefix + "on_time", t.agencyName() + " — đúng hạn",
                    t.role() + " — on time", BigDecimal.valueOf(t.onTime()), "count", basis));
            out.add(new Indicator("duties", prefix + "late", t.agencyName() + " — trễ hạn", t.role() + " — late",
                    BigDecimal.valueOf(t.late()), "count", basis));
            out.add(new Indicator("duties", prefix + "missing", t.agencyName() + " — chưa thực hiện",
                    t.role() + " — not done", BigDecimal.valueOf(t.missing()), "count", basis));
            out.add(new Indicator("duties", prefix + "rate_pct", t.agencyName() + " — tỷ lệ đúng hạn (%)",
                    t.role() + " — on-time rate (%)", t.rate(), "percent", basis));
        }
        out.add(new Indicator("duties", "duties.all.rate_pct", "Tỷ lệ nghĩa vụ thực hiện đúng hạn, toàn tỉnh (%)",
                "Duties done on time, whole province (%)", DataIndicators.percent(onTime, due), "percent", basis));
        return out;
    }

    /** Per role: instances due in the period (waived ones left out) and how they were met. */
    List<Tally> tallies(ReportingPeriod period, String provinceCode) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        Map<String, long[]> byRole = new TreeMap<>();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            for (ObligationInstance i : calendar.instances(year, provinceCode)) {
                if (!period.contains(i.dueDate()) || i.status() == ObligationInstance.Status.WAIVED
                        || i.dueDate().isAfter(today)) {
                    continue;
                }
                long[] t = byRole.computeIfAbsent(i.fromRole(), r -> new long[3]);
                if (i.status() == ObligationInstance.Status.FULFILLED) {
                    t[Boolean.TRUE.equals(i.fulfilledLate()) ? 1 : 0]++;
                } else {
                    t[2]++;
                }
            }
        }
        List<Tally> out = new ArrayList<>();
        byRole.forEach((role, t) -> {
            String name = roles.holder(role, provinceCode, period.to()).map(a -> a.nameVi()).orElse(role);
            out.add(new Tally(role, name, t[0] + t[1] + t[2], t[0], t[1], t[2]));
        });
        return out;
    }
}
