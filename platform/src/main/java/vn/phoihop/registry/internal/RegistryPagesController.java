package vn.phoihop.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** The registry's pages: calendar, overdue board, directory, regulations, meetings, holidays, notifications. */
@Controller
class RegistryPagesController {

    private final CalendarRows rows;
    private final CalendarService calendar;
    private final Directory directory;
    private final JdbcAdministrativeUnits units;
    private final RegulationCatalog catalog;
    private final JdbcWorkingDays workingDays;
    private final Notifications notifications;
    private final Meetings meetings;
    private final MeetingApiController meetingApi;
    private final Clock clock;
    private final vn.phoihop.registry.Agencies agencies;

    RegistryPagesController(CalendarRows rows, CalendarService calendar, Directory directory,
            JdbcAdministrativeUnits units, RegulationCatalog catalog, JdbcWorkingDays workingDays,
            Notifications notifications, Meetings meetings, MeetingApiController meetingApi, Clock clock,
            vn.phoihop.registry.Agencies agencies) {
        this.agencies = agencies;
        this.rows = rows;
        this.calendar = calendar;
        this.directory = directory;
        this.units = units;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.meetings = meetings;
        this.meetingApi = meetingApi;
        this.clock = clock;
    }

    @GetMapping("/registry")
    String index() {
        return "redirect:/registry/calendar";
    }

    /** A role my agency holds, with everyone who held it in the place over time. */
    record HeldRole(Directory.RoleEntry role, List<Directory.Assignment> history) {
    }

    @GetMapping("/registry/calendar")
    String calendar(@RequestParam(required = false) Integer year, @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "list") String view, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "true") boolean mine, @RequestParam(required = false) String kind,
            Model model) {
        Agency agency = CalendarRows.currentAgency();
        LocalDate today = calendar.today();
        int shownYear = year == null ? today.getYear() : year;
        String scope = CalendarRows.scope(province, agency);
        List<CalendarRows.Row> all = rows.rows(shownYear, scope, agency);
        List<CalendarRows.Row> shown = all.stream()
                .filter(r -> !mine || r.mine())
                .filter(r -> status == null || status.isBlank() || r.statusKey().equals(status))
                .filter(r -> kind == null || kind.isBlank() || r.instance().kind().equals(kind))
                .toList();
        Map<Integer, List<CalendarRows.Row>> byMonth = new LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            byMonth.put(month, shown.stream().filter(r -> r.instance().dueDate().getMonthValue() == m).toList());
        }
        List<HeldRole> held = new ArrayList<>();
        List<Directory.Assignment> assignments = directory.assignments(
                ObligationCalendar.CENTRE.equals(scope) ? null : scope);
        for (Directory.RoleEntry role : directory.roles()) {
            List<Directory.Assignment> history = assignments.stream()
                    .filter(a -> a.roleCode().equals(role.code())).toList();
            if (history.stream().anyMatch(a -> a.agencyId() == agency.id())) {
                held.add(new HeldRole(role, history));
            }
        }
        model.addAttribute("year", shownYear);
        model.addAttribute("scope", scope);
        model.addAttribute("view", view);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("mine", mine);
        model.addAttribute("rows", shown);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("total", all.size());
        model.addAttribute("overdueCount", shown.stream().filter(r -> r.instance().status() == ObligationInstance.Status.OVERDUE).count());
        model.addAttribute("heldRoles", held);
        model.addAttribute("roleNames", roleNames());
        model.addAttribute("provinces", units.provincesOn(today));
        model.addAttribute("scopeName", ObligationCalendar.CENTRE.equals(scope) ? "Trung ương / Central"
                : units.provincesOn(LocalDate.of(shownYear, 12, 31)).stream().filter(p -> p.code().equals(scope))
                        .map(p -> p.nameVi() + " (" + scope + ")").findFirst().orElse(scope));
        model.addAttribute("today", today);
        return "registry/calendar";
    }

    @PostMapping("/registry/obligations/{id}/fulfil")
    String fulfil(@PathVariable long id, @RequestParam String reference, @RequestParam(defaultValue = "document") String kind,
            @RequestParam(required = false) String back, Authentication authentication) {
        CalendarRows.Row row = party(id, authentication);
        FulfilmentRef.Kind refKind;
        try {
            refKind = FulfilmentRef.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("kind", kind));
        }
        if (reference.isBlank() || reference.length() > 200) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("reference", "1 to 200 characters"));
        }
        calendar.fulfil(id, new FulfilmentRef(refKind, reference.strip()), clock.instant());
        return "redirect:" + backTo(back, row);
    }

    @PostMapping("/registry/obligations/{id}/waive")
    String waive(@PathVariable long id, @RequestParam String reason, @RequestParam(required = false) String back,
            Authentication authentication) {
        CalendarRows.Row row = party(id, authentication);
        calendar.waive(id, reason);
        return "redirect:" + backTo(back, row);
    }

    @PostMapping("/registry/obligations/{id}/meeting")
    String scheduleMeeting(@PathVariable long id, @RequestParam(required = false) LocalDate date,
            Authentication authentication) {
        party(id, authentication);
        return "redirect:/registry/meetings/" + meetings.scheduleFor(id, date).meeting().id();
    }

    private CalendarRows.Row party(long id, Authentication authentication) {
        ObligationInstance instance = calendar.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CalendarRows.Row row = rows.row(instance, CalendarRows.currentAgency());
        CalendarRows.requireParty(row, RegistryApiController.isAdmin(authentication));
        return row;
    }

    private static String backTo(String back, CalendarRows.Row row) {
        if (back != null && back.startsWith("/registry/") && !back.contains("//")) {
            return back;
        }
        return "/registry/calendar?year=" + row.instance().year() + "#obligation-" + row.instance().id();
    }

    @GetMapping("/registry/overdue")
    String overdue(@RequestParam(required = false) String agency, Authentication authentication, Model model) {
        Agency reader = CalendarRows.currentAgency();
        Agency board = reader;
        if (agency != null && !agency.isBlank() && !agency.equals(reader.code())) {
            if (!RegistryApiController.isAdmin(authentication)) {
                throw new PhoihopException(ErrorCode.ACCESS_DENIED);
            }
            board = agencies.byCode(agency).orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY));
        }
        model.addAttribute("board", board);
        model.addAttribute("allAgencies", directory.agencies());
        Agency owner = board;
        List<CalendarRows.Row> owed = calendar.overdueOwedBy(owner).stream().map(i -> rows.row(i, owner)).toList();
        model.addAttribute("rows", owed);
        model.addAttribute("roleNames", roleNames());
        model.addAttribute("actions", meetings.openActionsOf(owner.id()));
        model.addAttribute("today", calendar.today());
        return "registry/overdue";
    }

    @GetMapping("/registry/agencies")
    String agencies(Model model) {
        Agency agency = CalendarRows.currentAgency();
        String scope = CalendarRows.scopeOf(agency);
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("assignments", directory.assignments(ObligationCalendar.CENTRE.equals(scope) ? "51" : scope));
        model.addAttribute("roles", directory.roles());
        model.addAttribute("roleNames", roleNames());
        model.addAttribute("provinces", units.provincesOn(calendar.today()));
        model.addAttribute("mapping", units.formerProvincesAndSuccessors());
        model.addAttribute("today", calendar.today());
        return "registry/agencies";
    }

    @PostMapping("/registry/role-assignments")
    String assign(@RequestParam String role, @RequestParam(required = false) String province,
            @RequestParam String agency, @RequestParam LocalDate validFrom, @RequestParam(required = false) String basis,
            Authentication authentication) {
        if (!RegistryApiController.isAdmin(authentication)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        directory.assign(role, province, agency, validFrom, null, basis);
        return "redirect:/registry/agencies#assignments";
    }

    @GetMapping("/registry/regulations")
    String regulations(Model model) {
        model.addAttribute("regulations", catalog.all());
        return "registry/regulations";
    }

    @GetMapping("/registry/regulations/{id}")
    String regulation(@PathVariable String id, Model model) {
        Regulation regulation = catalog.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        model.addAttribute("regulation", regulation);
        model.addAttribute("roleNames", roleNames());
        return "registry/regulation";
    }

    @GetMapping("/registry/meetings")
    String meetings(@RequestParam(required = false) Integer year, Model model) {
        Agency agency = CalendarRows.currentAgency();
        int shownYear = year == null ? calendar.today().getYear() : year;
        model.addAttribute("year", shownYear);
        model.addAttribute("meetings", meetings.forProvince(agency.provinceCode(), shownYear));
        model.addAttribute("agencies", directory.agencies().stream()
                .filter(a -> a.validOn(calendar.today()) && a.id() != agency.id()).toList());
        return "registry/meetings";
    }

    @PostMapping("/registry/meetings")
    String extraordinary(@RequestParam String title, @RequestParam LocalDate date,
            @RequestParam(required = false) List<String> participants) {
        Agency host = CalendarRows.currentAgency();
        List<Long> ids = participants == null ? List.of() : participants.stream().map(directory::agencyId).toList();
        return "redirect:/registry/meetings/"
                + meetings.scheduleExtraordinary(host.provinceCode(), title, date, host.id(), ids).meeting().id();
    }

    @GetMapping("/registry/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meetings.Details details = meetings.details(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        Agency agency = CalendarRows.currentAgency();
        model.addAttribute("details", details);
        model.addAttribute("isHost", details.meeting().hostAgencyId() == agency.id());
        model.addAttribute("myAgencyId", agency.id());
        model.addAttribute("agencies", directory.agencies().stream().filter(a -> a.validOn(calendar.today())).toList());
        return "registry/meeting";
    }

    @PostMapping("/registry/meetings/{id}/agenda")
    String agenda(@PathVariable long id, @RequestParam String items, Authentication authentication) {
        meetingApi.requireHost(id, authentication);
        meetings.setAgenda(id, Arrays.asList(items.split("\\R")));
        return "redirect:/registry/meetings/" + id;
    }

    @PostMapping("/registry/meetings/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam String text, Authentication authentication) {
        meetingApi.requireHost(id, authentication);
        meetings.recordMinutes(id, text);
        return "redirect:/registry/meetings/" + id;
    }

    @PostMapping("/registry/meetings/{id}/conclusions")
    String conclusions(@PathVariable long id, @RequestParam String text, Authentication authentication) {
        meetingApi.requireHost(id, authentication);
        meetings.sendConclusions(id, text);
        return "redirect:/registry/meetings/" + id;
    }

    @PostMapping("/registry/meetings/{id}/actions")
    String action(@PathVariable long id, @RequestParam String text, @RequestParam String owner,
            @RequestParam LocalDate dueDate, Authentication authentication) {
        meetingApi.requireHost(id, authentication);
        meetings.addAction(id, text, directory.agencyId(owner), dueDate);
        return "redirect:/registry/meetings/" + id;
    }

    @PostMapping("/registry/meetings/{id}/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, Authentication authentication) {
        meetingApi.done(id, actionId, authentication);
        return "redirect:/registry/meetings/" + id;
    }

    @GetMapping("/registry/holidays")
    String holidays(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) Integer days, Model model) {
        int shownYear = year == null ? calendar.today().getYear() : year;
        model.addAttribute("year", shownYear);
        model.addAttribute("holidays", workingDays.holidays(shownYear));
        if (from != null && days != null && days >= 0 && days <= 1000) {
            model.addAttribute("from", from);
            model.addAttribute("days", days);
            model.addAttribute("result", workingDays.plusWorkingDays(from, days));
        }
        return "registry/holidays";
    }

    @PostMapping("/registry/holidays")
    String putHoliday(@RequestParam LocalDate day, @RequestParam String kind, @RequestParam String nameVi,
            @RequestParam(required = false) String nameEn, @RequestParam String source, Authentication authentication) {
        if (!RegistryApiController.isAdmin(authentication)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        workingDays.put(new JdbcWorkingDays.Holiday(day, kind, nameVi, nameEn, source));
        return "redirect:/registry/holidays?year=" + day.getYear();
    }

    @GetMapping("/registry/notifications")
    String notifications(Model model) {
        Agency agency = CalendarRows.currentAgency();
        model.addAttribute("items", notifications.recent(agency.id(), 100));
        return "registry/notifications";
    }

    @PostMapping("/registry/notifications/read")
    String readAll() {
        notifications.markAllRead(CalendarRows.currentAgency().id());
        return "redirect:/registry/notifications";
    }

    private Map<String, Directory.RoleEntry> roleNames() {
        Map<String, Directory.RoleEntry> names = new LinkedHashMap<>();
        directory.roles().forEach(r -> names.put(r.code(), r));
        return names;
    }
}
