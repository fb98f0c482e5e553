package vn.phoihop.registry;

import java.time.LocalDate;
import java.util.Optional;

/** Meetings of the regulations, as other modules (and the demo) use them. */
public interface MeetingScheduler {

    /** Schedules the meeting a meeting duty's obligation asks for, or returns the one already scheduled. */
    long scheduleFromObligation(long instanceId, LocalDate on);

    /** The meeting scheduled for an obligation, if any. */
    Optional<Long> meetingOf(long instanceId);

    /** Records minutes and sends the conclusions notice to the parties; fulfils the obligation. */
    void conclude(long meetingId, String minutes, String conclusions);

    /** Adds an action item with its owner agency (by code) and due date. */
    long addActionItem(long meetingId, String text, String ownerAgencyCode, LocalDate due);
}
