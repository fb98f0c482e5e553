package vn.phoihop.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.AdministrativeUnits;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationFulfilled;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.ObligationOverdue;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Turns the duties of the regulations into dated instances for a year and a place, and moves
 * them through upcoming → due → overdue as the days pass. Days are Vietnamese days.
 */
@Service
class CalendarService implements ObligationCalendar {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String SELECT = """
            SELECT id, duty_id, regulation, article, province_code, from_role, to_role, kind, dataset, title_vi,
                   title_en, year, period, window_start, due_date, status, fulfilled_at, fulfilled_late,
                   fulfilment_kind, fulfilment_ref, waived_reason FROM obligation_instance""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final RegulationCatalog catalog;
    private final AdministrativeUnits units;
    private final Directory directory;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int reminderDays;
    private final Set<String> generated = ConcurrentHashMap.newKeySet();

    CalendarService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, RegulationCatalog catalog, AdministrativeUnits units,
            Directory directory, Notifications notifications, ApplicationEventPublisher events, Clock clock,
            @Value("${phoihop.registry.reminder-days:14}") int reminderDays) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.catalog = catalog;
        this.units = units;
        this.directory = directory;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    /**
     * Whether a regulation binds a scope on a day: the centre, every province, or the province
     * that its own province had become by then (Kon Tum's 2024 decision binds Quảng Ngãi from
     * 01/07/2025, when Kon Tum merged into it, and Kon Tum before).
     */
    boolean applies(Regulation regulation, String scope, LocalDate day) {
        if (CENTRE.equals(scope)) {
            return regulation.appliesTo().central();
        }
        if (regulation.appliesTo().allProvinces()) {
            return true;
        }
        LocalDate since = regulation.effectiveFrom() == null ? day : LocalDate.parse(regulation.effectiveFrom());
        for (String code : regulation.appliesTo().provinces()) {
            if (units.provinceSucceeding(code, since.isAfter(day) ? day : since, day)
                    .map(u -> u.code().equals(scope)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional
    public int generate(int year, String scope) {
        if (!CENTRE.equals(scope) && (scope == null || !scope.matches("\\d{2}"))) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, java.util.Map.of("province", "2 digits or TW"));
        }
        String level = CENTRE.equals(scope) ? "central" : "province";
        List<Object[]> rows = new ArrayList<>();
        for (Regulation regulation : catalog.all()) {
            if (!applies(regulation, scope, LocalDate.of(year, 12, 31))
                    && !applies(regulation, scope, LocalDate.of(year, 1, 1))) {
                continue;
            }
            LocalDate effective = regulation.effectiveFrom() == null ? null : LocalDate.parse(regulation.effectiveFrom());
            for (Duty duty : regulation.duties()) {
                if (!duty.level().equals(level)) {
                    continue;
                }
                for (DueRule.Occurrence occurrence : duty.due().occurrences(year)) {
                    if (effective != null && occurrence.dueDate().isBefore(effective)
                            || !applies(regulation, scope, occurrence.dueDate())) {
                        continue;
                    }
                    for (String from : duty.from()) {
                        for (String to : duty.to()) {
                            rows.add(new Object[] {duty.id(), regulation.file(), duty.article(),
                                    CENTRE.equals(scope) ? null : scope, scope, from, to, duty.what(), duty.dataset(),
                                    duty.titleVi(), duty.titleEn(), year, occurrence.period(),
                                    occurrence.windowStart(), occurrence.dueDate()});
                        }
                    }
                }
            }
        }
        int[][] inserted = jdbcTemplate.batchUpdate("""
                INSERT INTO obligation_instance (duty_id, regulation, article, province_code, scope_key, from_role,
                    to_role, kind, dataset, title_vi, title_en, year, period, window_start, due_date, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'upcoming')
                ON CONFLICT (duty_id, scope_key, from_role, to_role, period, year) DO NOTHING""",
                rows, 200, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        generated.add(year + "/" + scope);
        int count = 0;
        for (int[] batch : inserted) {
            for (int n : batch) {
                count += Math.max(n, 0);
            }
        }
        refreshStatuses();
        return count;
    }

    void ensureGenerated(int year, String scope) {
        if (!generated.contains(year + "/" + scope)) {
            generate(year, scope);
        }
    }

    @Override
    public List<ObligationInstance> instances(int year, String scope) {
        ensureGenerated(year, scope);
        return jdbc.sql(SELECT + " WHERE year = ? AND scope_key = ? ORDER BY due_date, regulation, article, id")
                .params(year, scope).query(CalendarService::map).list();
    }

    @Override
    public Optional<ObligationInstance> byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CalendarService::map).optional();
    }

    /** Open instances past their due date whose provider is held by the agency (the overdue board). */
    List<ObligationInstance> overdueOwedBy(Agency agency) {
        refreshStatuses();
        List<ObligationInstance> overdue = jdbc.sql(SELECT + " WHERE status = 'overdue' AND (province_code = ? OR province_code IS NULL) ORDER BY due_date")
                .param(agency.provinceCode()).query(CalendarService::map).list();
        return overdue.stream().filter(i -> directory.holder(i.fromRole(), i.provinceCode(), i.dueDate())
                .map(a -> a.id() == agency.id()).orElse(false)).toList();
    }

    @Override
    @Transactional
    public ObligationInstance fulfil(long instanceId, FulfilmentRef ref, Instant at) {
        ObligationInstance instance = byId(instanceId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (instance.status() == ObligationInstance.Status.FULFILLED
                || instance.status() == ObligationInstance.Status.WAIVED) {
            throw new PhoihopException(ErrorCode.OBLIGATION_CLOSED);
        }
        boolean late = LocalDate.ofInstant(at, VIETNAM).isAfter(instance.dueDate());
        jdbc.sql("""
                UPDATE obligation_instance SET status = 'fulfilled', fulfilled_at = ?, fulfilled_late = ?,
                    fulfilment_kind = ?, fulfilment_ref = ? WHERE id = ?""")
                .params(Timestamp.from(at), late, ref.kind().name().toLowerCase(java.util.Locale.ROOT), ref.reference(),
                        instanceId)
                .update();
        events.publishEvent(new ObligationFulfilled(instanceId, instance.dutyId(), instance.provinceCode(), late, ref, at));
        events.publishEvent(new RegistryChanged("obligation.fulfil", "obligation_instance", String.valueOf(instanceId),
                ref.kind() + ":" + ref.reference() + (late ? " late" : " on time")));
        return byId(instanceId).orElseThrow();
    }

    @Override
    @Transactional
    public ObligationInstance waive(long instanceId, String reason) {
        ObligationInstance instance = byId(instanceId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, java.util.Map.of("reason", "1 to 1000 characters"));
        }
        if (instance.status() == ObligationInstance.Status.FULFILLED
                || instance.status() == ObligationInstance.Status.WAIVED) {
            throw new PhoihopException(ErrorCode.OBLIGATION_CLOSED);
        }
        jdbc.sql("UPDATE obligation_instance SET status = 'waived', waived_reason = ? WHERE id = ?")
                .params(reason.strip(), instanceId).update();
        events.publishEvent(new RegistryChanged("obligation.waive", "obligation_instance", String.valueOf(instanceId),
                reason.strip()));
        return byId(instanceId).orElseThrow();
    }

    @Override
    @Scheduled(fixedDelayString = "${phoihop.registry.refresh-interval:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public synchronized int refreshStatuses() {
        LocalDate today = today();
        List<ObligationInstance> nowDue = jdbc.sql("""
                UPDATE obligation_instance SET status = 'due', reminded = TRUE
                WHERE status = 'upcoming' AND due_date >= ? AND due_date <= ?
                RETURNING id, duty_id, regulation, article, province_code, from_role, to_role, kind, dataset, title_vi,
                    title_en, year, period, window_start, due_date, status, fulfilled_at, fulfilled_late,
                    fulfilment_kind, fulfilment_ref, waived_reason""")
                .params(today, today.plusDays(reminderDays)).query(CalendarService::map).list();
        for (ObligationInstance instance : nowDue) {
            directory.holder(instance.fromRole(), instance.provinceCode(), instance.dueDate()).ifPresent(agency ->
                    notifications.notify(agency.id(), "reminder",
                            "Sắp đến hạn " + Formats.date(instance.dueDate()) + ": " + instance.titleVi(),
                            "Due " + Formats.date(instance.dueDate()) + ": " + instance.titleEn(),
                            "/registry/calendar?year=" + instance.year() + "#obligation-" + instance.id()));
        }
        List<ObligationInstance> nowOverdue = jdbc.sql("""
                UPDATE obligation_instance SET status = 'overdue'
                WHERE status IN ('upcoming', 'due') AND due_date < ?
                RETURNING id, duty_id, regulation, article, province_code, from_role, to_role, kind, dataset, title_vi,
                    title_en, year, period, window_start, due_date, status, fulfilled_at, fulfilled_late,
                    fulfilment_kind, fulfilment_ref, waived_reason""")
                .param(today).query(CalendarService::map).list();
        for (ObligationInstance instance : nowOverdue) {
            events.publishEvent(new ObligationOverdue(instance.id(), instance.dutyId(), instance.provinceCode(),
                    instance.fromRole(), instance.toRole(), instance.dueDate()));
            if (!instance.dueDate().isBefore(today.minusDays(reminderDays))) {
                directory.holder(instance.fromRole(), instance.provinceCode(), instance.dueDate()).ifPresent(agency ->
                        notifications.notify(agency.id(), "overdue",
                                "Quá hạn từ " + Formats.date(instance.dueDate()) + ": " + instance.titleVi(),
                                "Overdue since " + Formats.date(instance.dueDate()) + ": " + instance.titleEn(),
                                "/registry/overdue"));
            }
        }
        return nowDue.size() + nowOverdue.size();
    }

    static ObligationInstance map(ResultSet rs, int row) throws SQLException {
        Timestamp fulfilledAt = rs.getTimestamp("fulfilled_at");
        Object late = rs.getObject("fulfilled_late");
        return new ObligationInstance(rs.getLong("id"), rs.getString("duty_id"), rs.getString("regulation"),
                rs.getString("article"), rs.getString("province_code"), rs.getString("from_role"),
                rs.getString("to_role"), rs.getString("kind"), rs.getString("dataset"), rs.getString("title_vi"),
                rs.getString("title_en"), rs.getInt("year"), rs.getString("period"),
                rs.getObject("window_start", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                ObligationInstance.Status.fromDb(rs.getString("status")),
                fulfilledAt == null ? null : fulfilledAt.toInstant(), (Boolean) late, rs.getString("fulfilment_kind"),
                rs.getString("fulfilment_ref"), rs.getString("waived_reason"));
    }
}
