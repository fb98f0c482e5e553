package vn.phoihop.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.registry.AdministrativeUnits;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** REST API of the registry: the obligations calendar, agencies, roles, places, regulations, holidays. */
@RestController
@Tag(name = "Registry and obligations")
class RegistryApiController {

    record CalendarEntry(long id, String regulation, String article, String from_role, String to_role, String title,
            String title_en, LocalDate due_date, String status, String period, String kind, String dataset,
            String due_rule, String from_agency, String to_agency, String duty_id, String fulfilment,
            Boolean fulfilled_late, String waived_reason) {

        static CalendarEntry of(CalendarRows.Row row) {
            ObligationInstance i = row.instance();
            return new CalendarEntry(i.id(), i.regulation(), i.article(), i.fromRole(), i.toRole(), i.titleVi(),
                    i.titleEn(), i.dueDate(), i.status().dbValue(), i.period(), i.kind(), i.dataset(),
                    row.duty() == null ? null : row.duty().dueVi(),
                    row.fromAgency() == null ? null : row.fromAgency().code(),
                    row.toAgency() == null ? null : row.toAgency().code(), i.dutyId(),
                    i.fulfilmentKind() == null ? null : i.fulfilmentKind() + ":" + i.fulfilmentRef(), i.fulfilledLate(),
                    i.waivedReason());
        }
    }

    record FulfilRequest(String kind, String reference, Instant at) {
    }

    record WaiveRequest(String reason) {
    }

    record AssignmentRequest(String role, String province, String agency, LocalDate valid_from, LocalDate valid_to,
            String basis) {
    }

    record AgencyHistoryRequest(LocalDate valid_from, LocalDate valid_to, String parent, String successor, String email) {
    }

    record HolidayRequest(String kind, String name_vi, String name_en, String source) {
    }

    private final CalendarRows rows;
    private final CalendarService calendar;
    private final Directory directory;
    private final JdbcAdministrativeUnits units;
    private final RegulationCatalog catalog;
    private final JdbcWorkingDays workingDays;
    private final Notifications notifications;
    private final Clock clock;
    private final vn.phoihop.registry.Agencies agencies;

    RegistryApiController(CalendarRows rows, CalendarService calendar, Directory directory,
            JdbcAdministrativeUnits units, RegulationCatalog catalog, JdbcWorkingDays workingDays,
            Notifications notifications, Clock clock, vn.phoihop.registry.Agencies agencies) {
        this.agencies = agencies;
        this.rows = rows;
        this.calendar = calendar;
        this.directory = directory;
        this.units = units;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/api/v1/obligations/calendar")
    @Operation(summary = "The obligations of a year for a province (default: yours) or TW for the centre (Lịch nghĩa vụ)")
    List<CalendarEntry> calendar(@RequestParam int year, @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "false") boolean mine) {
        Agency agency = CalendarRows.currentAgency();
        return rows.rows(year, CalendarRows.scope(province, agency), agency).stream()
                .filter(r -> !mine || r.mine()).map(CalendarEntry::of).toList();
    }

    @GetMapping("/api/v1/obligations/overdue")
    @Operation(summary = "Overdue board: obligations an agency (default yours; others for ADMIN) owes that are past due (Nghĩa vụ quá hạn)")
    List<CalendarEntry> overdue(@RequestParam(required = false) String agency, Authentication authentication) {
        Agency reader = CalendarRows.currentAgency();
        Agency board = reader;
        if (agency != null && !agency.equals(reader.code())) {
            if (!isAdmin(authentication)) {
                throw new PhoihopException(ErrorCode.ACCESS_DENIED);
            }
            board = agencies.byCode(agency).orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY,
                    Map.of("agency", agency)));
        }
        Agency owner = board;
        return calendar.overdueOwedBy(owner).stream().map(i -> CalendarEntry.of(rows.row(i, owner))).toList();
    }

    @PostMapping("/api/v1/obligations/{id}/fulfil")
    @Operation(summary = "Mark an obligation fulfilled by a submission, report, meeting or document")
    CalendarEntry fulfil(@PathVariable long id, @RequestBody FulfilRequest request, Authentication authentication) {
        CalendarRows.Row row = party(id, authentication);
        FulfilmentRef.Kind kind;
        try {
            kind = FulfilmentRef.Kind.valueOf(String.valueOf(request.kind()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("kind", "submission, report, meeting or document"));
        }
        if (request.reference() == null || request.reference().isBlank() || request.reference().length() > 200) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("reference", "1 to 200 characters"));
        }
        calendar.fulfil(row.instance().id(), new FulfilmentRef(kind, request.reference().strip()),
                request.at() == null ? clock.instant() : request.at());
        return CalendarEntry.of(rows.row(calendar.byId(id).orElseThrow(), CalendarRows.currentAgency()));
    }

    @PostMapping("/api/v1/obligations/{id}/waive")
    @Operation(summary = "Waive an obligation with a reason (Miễn thực hiện)")
    CalendarEntry waive(@PathVariable long id, @RequestBody WaiveRequest request, Authentication authentication) {
        party(id, authentication);
        calendar.waive(id, request.reason());
        return CalendarEntry.of(rows.row(calendar.byId(id).orElseThrow(), CalendarRows.currentAgency()));
    }

    private CalendarRows.Row party(long id, Authentication authentication) {
        ObligationInstance instance = calendar.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CalendarRows.Row row = rows.row(instance, CalendarRows.currentAgency());
        CalendarRows.requireParty(row, isAdmin(authentication));
        return row;
    }

    static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "The agency directory with effective dates, parents and successors (Danh bạ cơ quan)")
    List<Directory.AgencyEntry> agencies() {
        return directory.agencies();
    }

    record NewAgencyRequest(String code, String name_vi, String name_en, String level, String province,
            String jurisdiction_vi, String jurisdiction_en, LocalDate valid_from, LocalDate valid_to, String parent,
            String successor, String email) {
    }

    @PostMapping("/api/v1/agencies")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add an agency with its level, place, validity, parent and successor (admin)")
    Directory.AgencyEntry addAgency(@RequestBody NewAgencyRequest request) {
        Map<String, Object> invalid = new java.util.LinkedHashMap<>();
        if (request.code() == null || !request.code().matches("[a-z0-9_.]{2,64}")) {
            invalid.put("code", "2 to 64 of a-z 0-9 _ .");
        }
        if (request.name_vi() == null || request.name_vi().isBlank()) {
            invalid.put("name_vi", "required");
        }
        Agency.Level level = null;
        try {
            level = Agency.Level.fromDb(String.valueOf(request.level()));
        } catch (IllegalArgumentException e) {
            invalid.put("level", "central, province, district or commune");
        }
        if (level != null && level != Agency.Level.CENTRAL
                && (request.province() == null || !request.province().matches("\\d{2}"))) {
            invalid.put("province", "2 digits");
        }
        if (!invalid.isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, invalid);
        }
        if (directory.agency(request.code()).isPresent()) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("code", request.code()));
        }
        agencies.ensure(new vn.phoihop.registry.Agencies.NewAgency(request.code(), request.name_vi().strip(),
                request.name_en() == null ? request.name_vi().strip() : request.name_en().strip(), level,
                level == Agency.Level.CENTRAL ? null : request.province(),
                request.jurisdiction_vi() == null ? "" : request.jurisdiction_vi(),
                request.jurisdiction_en() == null ? "" : request.jurisdiction_en()));
        directory.setHistory(request.code(), request.valid_from(), request.valid_to(), request.parent(),
                request.successor());
        if (request.email() != null) {
            directory.setEmail(request.code(), request.email());
        }
        return directory.agency(request.code()).orElseThrow();
    }

    @PutMapping("/api/v1/agencies/{code}/history")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set an agency's validity, parent and successor (admin)")
    Directory.AgencyEntry agencyHistory(@PathVariable String code, @RequestBody AgencyHistoryRequest request) {
        directory.setHistory(code, request.valid_from(), request.valid_to(), request.parent(), request.successor());
        if (request.email() != null) {
            directory.setEmail(code, request.email());
        }
        return directory.agency(code).orElseThrow();
    }

    @GetMapping("/api/v1/roles")
    @Operation(summary = "The roles through which duties are owed (Vai trò)")
    List<Directory.RoleEntry> roles() {
        return directory.roles();
    }

    record RoleRequest(String code, String level, String name_vi, String name_en) {
    }

    @PostMapping("/api/v1/roles")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a role (admin); duties in regulation files may then name it")
    Directory.RoleEntry addRole(@RequestBody RoleRequest request) {
        return directory.addRole(request.code(), request.level(), request.name_vi(), request.name_en());
    }

    @GetMapping("/api/v1/role-assignments")
    @Operation(summary = "Who holds which role where and when (Phân công vai trò)")
    List<Directory.Assignment> assignments(@RequestParam(required = false) String province) {
        return directory.assignments(province);
    }

    @PostMapping("/api/v1/role-assignments")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Give a role to an agency from a date; the previous holder's assignment ends the day before (admin)")
    Directory.Assignment assign(@RequestBody AssignmentRequest request) {
        if (request.role() == null || request.agency() == null || request.valid_from() == null) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("role", "required", "agency", "required", "valid_from", "required"));
        }
        return directory.assign(request.role(), request.province(), request.agency(), request.valid_from(),
                request.valid_to(), request.basis());
    }

    @GetMapping("/api/v1/admin-units/provinces")
    @Operation(summary = "Provinces valid on a day (default today): 63 before 01/07/2025, 34 since")
    List<AdministrativeUnits.Unit> provinces(@RequestParam(required = false) LocalDate on) {
        return units.provincesOn(on == null ? calendar.today() : on);
    }

    record Succession(String former_code, String former_name, String province_code, String province_name) {
    }

    @GetMapping("/api/v1/admin-units/mapping")
    @Operation(summary = "Each former province (before 2025) and the province it merged into (Resolution 202/2025/QH15)")
    List<Succession> mapping() {
        return units.formerProvincesAndSuccessors().entrySet().stream()
                .map(e -> new Succession(e.getKey().code(), e.getKey().nameVi(),
                        e.getValue().isEmpty() ? null : e.getValue().get(0).code(),
                        e.getValue().isEmpty() ? null : e.getValue().get(0).nameVi()))
                .toList();
    }

    @GetMapping("/api/v1/admin-units/communes")
    @Operation(summary = "The communes of a province (imported)")
    List<AdministrativeUnits.Unit> communes(@RequestParam String province) {
        return units.communes(province);
    }

    @PostMapping(value = "/api/v1/admin-units/communes", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import communes from CSV: commune_code,name,province_code[,valid_from] (admin)")
    JdbcAdministrativeUnits.ImportResult importCommunes(@RequestBody String csv,
            @RequestParam(defaultValue = "QĐ 19/2025/QĐ-TTg") String source) {
        return units.importCommunes(new StringReader(csv), source);
    }

    record RegulationSummary(String id, String file, int version, String number, String title_vi, String title_en,
            int articles, int duties) {
    }

    @GetMapping("/api/v1/regulations")
    @Operation(summary = "The regulations as data (Văn bản quy phạm phối hợp)")
    List<RegulationSummary> regulations() {
        return catalog.all().stream().map(r -> new RegulationSummary(r.id(), r.file(), r.version(), r.number(),
                r.titleVi(), r.titleEn(), r.articles().size(), r.duties().size())).toList();
    }

    @GetMapping("/api/v1/regulations/{id}")
    @Operation(summary = "One regulation: its articles with their text and the duties each creates")
    Regulation regulation(@PathVariable String id) {
        return catalog.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
    }

    @GetMapping("/api/v1/holidays")
    @Operation(summary = "Public holidays and make-up working days of a year, with their source")
    List<JdbcWorkingDays.Holiday> holidays(@RequestParam int year) {
        return workingDays.holidays(year);
    }

    @PutMapping("/api/v1/holidays/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add or change a holiday or make-up working day (admin)")
    List<JdbcWorkingDays.Holiday> putHoliday(@PathVariable LocalDate day, @RequestBody HolidayRequest request) {
        workingDays.put(new JdbcWorkingDays.Holiday(day, request.kind(), request.name_vi(), request.name_en(),
                request.source()));
        return workingDays.holidays(day.getYear());
    }

    @DeleteMapping("/api/v1/holidays/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a holiday (admin)")
    List<JdbcWorkingDays.Holiday> deleteHoliday(@PathVariable LocalDate day) {
        workingDays.remove(day);
        return workingDays.holidays(day.getYear());
    }

    record WorkingDayAnswer(LocalDate from, int days, LocalDate result) {
    }

    @GetMapping("/api/v1/working-days/add")
    @Operation(summary = "The date N working days after a date (Cộng ngày làm việc)")
    WorkingDayAnswer addWorkingDays(@RequestParam LocalDate from, @RequestParam int days) {
        if (days < 0 || days > 1000) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("days", "0 to 1000"));
        }
        return new WorkingDayAnswer(from, days, workingDays.plusWorkingDays(from, days));
    }

    record NotificationList(int unread, List<Notifications.Notification> items) {
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "Your agency's notifications: reminders, overdue obligations, meetings")
    NotificationList notifications() {
        Agency agency = CalendarRows.currentAgency();
        return new NotificationList(notifications.unread(agency.id()), notifications.recent(agency.id(), 50));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Mark a notification read")
    NotificationList read(@PathVariable long id) {
        notifications.markRead(id, CalendarRows.currentAgency().id());
        return notifications();
    }
}
