package vn.phoihop.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** REST API of meetings: scheduled from meeting duties or extraordinary, agenda, minutes, conclusions, actions. */
@RestController
@Tag(name = "Meetings")
class MeetingApiController {

    record ScheduleRequest(LocalDate date) {
    }

    record ExtraordinaryRequest(String title, LocalDate date, List<String> participants, String province) {
    }

    record AgendaRequest(List<String> items) {
    }

    record TextRequest(String text) {
    }

    record ActionRequest(String text, String owner, LocalDate due_date) {
    }

    private final Meetings meetings;
    private final CalendarService calendar;
    private final CalendarRows rows;
    private final Directory directory;

    MeetingApiController(Meetings meetings, CalendarService calendar, CalendarRows rows, Directory directory) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.rows = rows;
        this.directory = directory;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Meetings of a year in a province (default: yours) or TW")
    List<Meetings.Meeting> list(@RequestParam int year, @RequestParam(required = false) String province) {
        Agency agency = CalendarRows.currentAgency();
        String scope = CalendarRows.scope(province, agency);
        return meetings.forProvince(vn.phoihop.registry.ObligationCalendar.CENTRE.equals(scope) ? null : scope, year);
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "A meeting with its agenda, participants and action items")
    Meetings.Details get(@PathVariable long id) {
        return meetings.details(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
    }

    @PostMapping("/api/v1/obligations/{id}/meeting")
    @Operation(summary = "Schedule the meeting a meeting duty's obligation asks for (host and participants from the roles)")
    Meetings.Details schedule(@PathVariable long id, @RequestBody(required = false) ScheduleRequest request,
            Authentication authentication) {
        ObligationInstance instance = calendar.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CalendarRows.requireParty(rows.row(instance, CalendarRows.currentAgency()),
                RegistryApiController.isAdmin(authentication));
        return meetings.scheduleFor(id, request == null ? null : request.date());
    }

    @PostMapping("/api/v1/meetings")
    @Operation(summary = "Schedule an extraordinary meeting hosted by your agency (họp bất thường)")
    Meetings.Details extraordinary(@RequestBody ExtraordinaryRequest request) {
        Agency host = CalendarRows.currentAgency();
        List<Long> participants = request.participants() == null ? List.of()
                : request.participants().stream().map(directory::agencyId).toList();
        String scope = CalendarRows.scope(request.province(), host);
        return meetings.scheduleExtraordinary(vn.phoihop.registry.ObligationCalendar.CENTRE.equals(scope) ? null : scope,
                request.title(), request.date(), host.id(), participants);
    }

    @PutMapping("/api/v1/meetings/{id}/agenda")
    @Operation(summary = "Set the agenda (host)")
    Meetings.Details agenda(@PathVariable long id, @RequestBody AgendaRequest request, Authentication authentication) {
        requireHost(id, authentication);
        meetings.setAgenda(id, request.items() == null ? List.of() : request.items());
        return get(id);
    }

    @PutMapping("/api/v1/meetings/{id}/minutes")
    @Operation(summary = "Record the minutes (biên bản) (host)")
    Meetings.Details minutes(@PathVariable long id, @RequestBody TextRequest request, Authentication authentication) {
        requireHost(id, authentication);
        meetings.recordMinutes(id, request.text());
        return get(id);
    }

    @PostMapping("/api/v1/meetings/{id}/conclusions")
    @Operation(summary = "Send the conclusions notice to the parties; fulfils the meeting obligation (host)")
    Meetings.Details conclusions(@PathVariable long id, @RequestBody TextRequest request, Authentication authentication) {
        requireHost(id, authentication);
        meetings.sendConclusions(id, request.text());
        return get(id);
    }

    @PostMapping("/api/v1/meetings/{id}/actions")
    @Operation(summary = "Add an action item with an owner agency and a due date (host)")
    Meetings.ActionItem action(@PathVariable long id, @RequestBody ActionRequest request, Authentication authentication) {
        requireHost(id, authentication);
        if (request.owner() == null) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("owner", "required"));
        }
        return meetings.addAction(id, request.text(), directory.agencyId(request.owner()), request.due_date());
    }

    @PostMapping("/api/v1/meetings/{id}/actions/{actionId}/done")
    @Operation(summary = "Mark an action item done (its owner or the host)")
    Meetings.Details done(@PathVariable long id, @PathVariable long actionId, Authentication authentication) {
        Meetings.Details details = get(id);
        Agency agency = CalendarRows.currentAgency();
        boolean owner = details.actions().stream().anyMatch(a -> a.id() == actionId && a.ownerAgencyId() == agency.id());
        if (!owner && details.meeting().hostAgencyId() != agency.id() && !RegistryApiController.isAdmin(authentication)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        meetings.completeAction(id, actionId, agency);
        return get(id);
    }

    Meetings.Details requireHost(long id, Authentication authentication) {
        Meetings.Details details = get(id);
        if (details.meeting().hostAgencyId() != CalendarRows.currentAgency().id()
                && !RegistryApiController.isAdmin(authentication)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return details;
    }
}
