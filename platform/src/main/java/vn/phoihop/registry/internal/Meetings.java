package vn.phoihop.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Meetings (họp) of the regulations: scheduled from a meeting duty's calendar instance (host by
 * the duty, rotating by year where the regulation says so) or as extraordinary meetings; agenda,
 * participants by agency, minutes, a conclusions notice sent to the parties (which fulfils the
 * obligation) and action items tracked to done.
 */
@Service
class Meetings implements vn.phoihop.registry.MeetingScheduler {

    record Meeting(long id, String dutyId, Long instanceId, String provinceCode, String title, boolean extraordinary,
            LocalDate scheduledOn, long hostAgencyId, String hostCode, String hostNameVi, String status,
            String minutes, String conclusions, Instant conclusionsSentAt) {
    }

    record Participant(long agencyId, String code, String nameVi, String nameEn) {
    }

    record ActionItem(long id, String text, long ownerAgencyId, String ownerCode, String ownerNameVi,
            LocalDate dueDate, Instant doneAt) {
    }

    record Details(Meeting meeting, List<String> agenda, List<Participant> participants, List<ActionItem> actions) {

        public boolean involves(Agency agency) {
            return meeting.hostAgencyId() == agency.id()
                    || participants.stream().anyMatch(p -> p.agencyId() == agency.id());
        }
    }

    private static final String SELECT = """
            SELECT m.id, m.duty_id, m.instance_id, m.province_code, m.title, m.extraordinary, m.scheduled_on,
                   m.host_agency_id, a.code, a.name_vi, m.status, m.minutes, m.conclusions, m.conclusions_sent_at
            FROM meeting m JOIN agency a ON a.id = m.host_agency_id""";

    private final JdbcClient jdbc;
    private final CalendarService calendar;
    private final RegulationCatalog catalog;
    private final Directory directory;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(JdbcClient jdbc, CalendarService calendar, RegulationCatalog catalog, Directory directory,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.catalog = catalog;
        this.directory = directory;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    List<Meeting> forProvince(String provinceCode, int year) {
        return jdbc.sql(SELECT + " WHERE m.province_code IS NOT DISTINCT FROM CAST(? AS VARCHAR) AND EXTRACT(YEAR FROM m.scheduled_on) = ? ORDER BY m.scheduled_on, m.id")
                .params(provinceCode, year).query(Meetings::meeting).list();
    }

    Optional<Meeting> meetingFor(long instanceId) {
        return jdbc.sql(SELECT + " WHERE m.instance_id = ? AND m.status <> 'cancelled'").param(instanceId)
                .query(Meetings::meeting).optional();
    }

    Optional<Details> details(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(Meetings::meeting).optional().map(m -> new Details(m,
                jdbc.sql("SELECT text FROM meeting_agenda_item WHERE meeting_id = ? ORDER BY position").param(id)
                        .query(String.class).list(),
                jdbc.sql("SELECT a.id, a.code, a.name_vi, a.name_en FROM meeting_participant p JOIN agency a ON a.id = p.agency_id WHERE p.meeting_id = ? ORDER BY a.code")
                        .param(id).query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4))).list(),
                jdbc.sql("SELECT i.id, i.text, i.owner_agency_id, a.code, a.name_vi, i.due_date, i.done_at FROM meeting_action_item i JOIN agency a ON a.id = i.owner_agency_id WHERE i.meeting_id = ? ORDER BY i.due_date, i.id")
                        .param(id).query((rs, n) -> new ActionItem(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant())).list()));
    }

    /** Schedules the meeting a calendar instance of a meeting duty asks for, on its due window. */
    @Transactional
    Details scheduleFor(long instanceId, LocalDate on) {
        ObligationInstance instance = calendar.byId(instanceId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (!"meeting".equals(instance.kind())) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("instance", "not a meeting duty"));
        }
        Optional<Meeting> existing = meetingFor(instanceId);
        if (existing.isPresent()) {
            return details(existing.get().id()).orElseThrow();
        }
        Duty duty = catalog.duty(instance.dutyId()).orElseThrow();
        LocalDate day = on != null ? on : instance.windowStart() != null ? instance.windowStart().plusDays(2) : instance.dueDate();
        String hostRole = duty.meeting() == null ? instance.fromRole() : duty.meeting().hostRole(duty, instance.year());
        Agency host = holder(hostRole, instance.provinceCode(), day);
        Set<Long> participants = new LinkedHashSet<>();
        participants.add(host.id());
        participants.add(holder(instance.fromRole(), instance.provinceCode(), day).id());
        participants.add(holder(instance.toRole(), instance.provinceCode(), day).id());
        long id = insert(duty.id(), instanceId, instance.provinceCode(), instance.titleVi() + " (" + instance.period()
                + "/" + instance.year() + ")", false, day, host.id(), participants);
        jdbc.sql("INSERT INTO meeting_agenda_item (meeting_id, position, text) VALUES (?, 1, ?)")
                .params(id, "Đánh giá kết quả phối hợp theo " + catalog.regulationOf(duty).number() + ", Điều "
                        + duty.article())
                .update();
        return details(id).orElseThrow();
    }

    @Transactional
    Details scheduleExtraordinary(String provinceCode, String title, LocalDate on, long hostAgencyId,
            List<Long> participantIds) {
        if (title == null || title.isBlank() || on == null) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("title", "required", "date", "required"));
        }
        Set<Long> participants = new LinkedHashSet<>();
        participants.add(hostAgencyId);
        participants.addAll(participantIds);
        long id = insert(null, null, provinceCode, title.strip(), true, on, hostAgencyId, participants);
        return details(id).orElseThrow();
    }

    private long insert(String dutyId, Long instanceId, String provinceCode, String title, boolean extraordinary,
            LocalDate on, long hostId, Set<Long> participants) {
        long id = jdbc.sql("""
                INSERT INTO meeting (duty_id, instance_id, province_code, title, extraordinary, scheduled_on,
                    host_agency_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', ?) RETURNING id""")
                .params(dutyId, instanceId, provinceCode, title, extraordinary, on, hostId,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (long agency : participants) {
            jdbc.sql("INSERT INTO meeting_participant (meeting_id, agency_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, agency).update();
            notifications.notify(agency, "meeting", "Cuộc họp ngày " + Formats.date(on) + ": " + title,
                    "Meeting on " + Formats.date(on) + ": " + title, "/registry/meetings/" + id);
        }
        events.publishEvent(new RegistryChanged("meeting.schedule", "meeting", String.valueOf(id),
                title + " on " + on + (extraordinary ? " (extraordinary)" : "")));
        return id;
    }

    @Transactional
    void setAgenda(long id, List<String> items) {
        Details details = open(id);
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting_id = ?").param(id).update();
        int position = 1;
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                jdbc.sql("INSERT INTO meeting_agenda_item (meeting_id, position, text) VALUES (?, ?, ?)")
                        .params(id, position++, item.strip()).update();
            }
        }
        events.publishEvent(new RegistryChanged("meeting.agenda", "meeting", String.valueOf(details.meeting().id()),
                (position - 1) + " items"));
    }

    @Transactional
    void recordMinutes(long id, String minutes) {
        open(id);
        jdbc.sql("UPDATE meeting SET minutes = ?, status = 'held' WHERE id = ?").params(minutes == null ? "" : minutes, id)
                .update();
        events.publishEvent(new RegistryChanged("meeting.minutes", "meeting", String.valueOf(id), ""));
    }

    /**
     * Sends the conclusions notice (thông báo kết luận) to every participant; the meeting is then
     * held and, if it came from a duty, the duty's instance is fulfilled by it.
     */
    @Transactional
    void sendConclusions(long id, String conclusions) {
        Details details = open(id);
        if (conclusions == null || conclusions.isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("conclusions", "required"));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE meeting SET conclusions = ?, conclusions_sent_at = ?, status = 'held' WHERE id = ?")
                .params(conclusions.strip(), Timestamp.from(now), id).update();
        for (Participant participant : details.participants()) {
            notifications.notify(participant.agencyId(), "conclusions",
                    "Thông báo kết luận cuộc họp: " + details.meeting().title(),
                    "Conclusions of the meeting: " + details.meeting().title(), "/registry/meetings/" + id);
        }
        events.publishEvent(new RegistryChanged("meeting.conclusions", "meeting", String.valueOf(id),
                details.participants().size() + " parties notified"));
        Long instanceId = details.meeting().instanceId();
        if (instanceId != null) {
            ObligationInstance instance = calendar.byId(instanceId).orElseThrow();
            if (instance.status() != ObligationInstance.Status.FULFILLED
                    && instance.status() != ObligationInstance.Status.WAIVED) {
                calendar.fulfil(instanceId, new FulfilmentRef(FulfilmentRef.Kind.MEETING, "meeting:" + id), now);
            }
        }
    }

    @Transactional
    ActionItem addAction(long id, String text, long ownerAgencyId, LocalDate due) {
        Details details = details(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if ("cancelled".equals(details.meeting().status())) {
            throw new PhoihopException(ErrorCode.MEETING_CLOSED);
        }
        if (text == null || text.isBlank() || due == null) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("text", "required", "due_date", "required"));
        }
        long actionId = jdbc.sql("INSERT INTO meeting_action_item (meeting_id, text, owner_agency_id, due_date) VALUES (?, ?, ?, ?) RETURNING id")
                .params(id, text.strip(), ownerAgencyId, due).query(Long.class).single();
        notifications.notify(ownerAgencyId, "action", "Việc cần làm đến " + Formats.date(due) + ": " + text.strip(),
                "Action due " + Formats.date(due) + ": " + text.strip(), "/registry/meetings/" + id);
        events.publishEvent(new RegistryChanged("meeting.action.add", "meeting_action_item", String.valueOf(actionId),
                "meeting " + id + ", owner " + ownerAgencyId + ", due " + due));
        return details(id).orElseThrow().actions().stream().filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    @Transactional
    void completeAction(long meetingId, long actionId, Agency by) {
        ActionItem action = details(meetingId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND)).actions()
                .stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (action.doneAt() != null) {
            throw new PhoihopException(ErrorCode.CONFLICT);
        }
        jdbc.sql("UPDATE meeting_action_item SET done_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), actionId)
                .update();
        events.publishEvent(new RegistryChanged("meeting.action.done", "meeting_action_item", String.valueOf(actionId),
                "by " + by.code()));
    }

    @Transactional
    void cancel(long id, String reason) {
        open(id);
        jdbc.sql("UPDATE meeting SET status = 'cancelled', minutes = ? WHERE id = ?")
                .params("Hủy: " + (reason == null ? "" : reason), id).update();
        events.publishEvent(new RegistryChanged("meeting.cancel", "meeting", String.valueOf(id), reason));
    }

    @Override
    public long scheduleFromObligation(long instanceId, LocalDate on) {
        return scheduleFor(instanceId, on).meeting().id();
    }

    @Override
    public Optional<Long> meetingOf(long instanceId) {
        return meetingFor(instanceId).map(Meeting::id);
    }

    @Override
    public void conclude(long meetingId, String minutes, String conclusions) {
        recordMinutes(meetingId, minutes);
        sendConclusions(meetingId, conclusions);
    }

    @Override
    public long addActionItem(long meetingId, String text, String ownerAgencyCode, LocalDate due) {
        return addAction(meetingId, text, directory.agencyId(ownerAgencyCode), due).id();
    }

    List<ActionItem> openActionsOf(long agencyId) {
        return jdbc.sql("SELECT i.id, i.text, i.owner_agency_id, a.code, a.name_vi, i.due_date, i.done_at FROM meeting_action_item i JOIN agency a ON a.id = i.owner_agency_id WHERE i.owner_agency_id = ? AND i.done_at IS NULL ORDER BY i.due_date")
                .param(agencyId).query((rs, n) -> new ActionItem(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), null)).list();
    }

    private Details open(long id) {
        Details details = details(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (details.meeting().conclusionsSentAt() != null || "cancelled".equals(details.meeting().status())) {
            throw new PhoihopException(ErrorCode.MEETING_CLOSED);
        }
        return details;
    }

    private Agency holder(String role, String provinceCode, LocalDate day) {
        return directory.holder(role, provinceCode, day).orElseThrow(() -> new PhoihopException(
                ErrorCode.REGISTRY_UNKNOWN_AGENCY, Map.of("role", role, "day", day.toString())));
    }

    private static Meeting meeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Meeting(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getObject(7, LocalDate.class), rs.getLong(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant());
    }
}
