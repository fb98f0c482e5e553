package vn.phoihop.registry.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.registry.WorkingDays;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** The working-day calendar over the editable {@code public_holiday} table. */
@Repository
class JdbcWorkingDays implements WorkingDays {

    /** A holiday or a make-up working Saturday, with the text it comes from. */
    record Holiday(LocalDate day, String kind, String nameVi, String nameEn, String source) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcWorkingDays(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        String kind = jdbc.sql("SELECT kind FROM public_holiday WHERE day = ?").param(day).query(String.class)
                .optional().orElse(null);
        if (kind != null) {
            return "working_day".equals(kind);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        Map<LocalDate, String> exceptions = exceptionsFrom(from, from.plusDays(days * 3L + 60));
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (working(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, String> exceptions = exceptionsFrom(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day, exceptions)) {
                count++;
            }
        }
        return count;
    }

    List<Holiday> holidays(int year) {
        return jdbc.sql("SELECT day, kind, name_vi, name_en, source FROM public_holiday WHERE EXTRACT(YEAR FROM day) = ? ORDER BY day")
                .param(year)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    void put(Holiday holiday) {
        if (!"holiday".equals(holiday.kind()) && !"working_day".equals(holiday.kind())) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("kind", "holiday or working_day"));
        }
        if (holiday.nameVi() == null || holiday.nameVi().isBlank() || holiday.source() == null
                || holiday.source().isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("name_vi", "required", "source", "required"));
        }
        jdbc.sql("""
                INSERT INTO public_holiday (day, kind, name_vi, name_en, source) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name_vi = EXCLUDED.name_vi,
                    name_en = EXCLUDED.name_en, source = EXCLUDED.source""")
                .params(holiday.day(), holiday.kind(), holiday.nameVi(),
                        holiday.nameEn() == null ? holiday.nameVi() : holiday.nameEn(), holiday.source())
                .update();
        events.publishEvent(new RegistryChanged("registry.holiday.put", "public_holiday", holiday.day().toString(),
                holiday.kind() + " " + holiday.nameVi() + " (" + holiday.source() + ")"));
    }

    void remove(LocalDate day) {
        int removed = jdbc.sql("DELETE FROM public_holiday WHERE day = ?").param(day).update();
        if (removed == 0) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        events.publishEvent(new RegistryChanged("registry.holiday.remove", "public_holiday", day.toString(), ""));
    }

    private Map<LocalDate, String> exceptionsFrom(LocalDate from, LocalDate to) {
        Map<LocalDate, String> result = new java.util.HashMap<>();
        jdbc.sql("SELECT day, kind FROM public_holiday WHERE day > ? AND day <= ?").params(from, to)
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private boolean working(LocalDate day, Map<LocalDate, String> exceptions) {
        String kind = exceptions.get(day);
        if (kind != null) {
            return "working_day".equals(kind);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
