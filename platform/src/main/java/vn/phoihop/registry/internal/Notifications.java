package vn.phoihop.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * In-app notifications per agency (the bell in the header): reminders before due dates, overdue
 * obligations, meeting notices and conclusions; also by e-mail when SMTP is configured.
 */
@Repository
class Notifications {

    record Notification(long id, String kind, String messageVi, String messageEn, String link, Instant createdAt,
            Instant readAt) {

        /** When it was created, on Vietnamese time, for display. */
        public java.time.LocalDateTime createdLocal() {
            return java.time.LocalDateTime.ofInstant(createdAt, CalendarService.VIETNAM);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EmailNotifier email;

    Notifications(JdbcClient jdbc, Clock clock, EmailNotifier email) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.email = email;
    }

    void notify(long agencyId, String kind, String messageVi, String messageEn, String link) {
        jdbc.sql("INSERT INTO notification (agency_id, kind, message_vi, message_en, link, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(agencyId, kind, truncate(messageVi), truncate(messageEn), link,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        email.send(agencyId, truncate(messageVi), messageVi, messageEn, link);
    }

    List<Notification> recent(long agencyId, int limit) {
        return jdbc.sql("SELECT id, kind, message_vi, message_en, link, created_at, read_at FROM notification WHERE agency_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(agencyId, limit)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    int unread(long agencyId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE agency_id = ? AND read_at IS NULL").param(agencyId)
                .query(Integer.class).single();
    }

    void markRead(long id, long agencyId) {
        int updated = jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND agency_id = ? AND read_at IS NULL")
                .params(java.sql.Timestamp.from(clock.instant()), id, agencyId).update();
        if (updated == 0 && jdbc.sql("SELECT count(*) FROM notification WHERE id = ? AND agency_id = ?")
                .params(id, agencyId).query(Integer.class).single() == 0) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
    }

    void markAllRead(long agencyId) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE agency_id = ? AND read_at IS NULL")
                .params(java.sql.Timestamp.from(clock.instant()), agencyId).update();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
