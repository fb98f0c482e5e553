package vn.phoihop.inspection.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.casework.Cases;
import vn.phoihop.inspection.Inspections;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.AgencyNotifications;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Plans, inspections, teams, checklists, records, conclusions and recommendations. A plan goes
 * draft → consultation → approved → published; an inspection planned → team_confirmed →
 * in_progress → concluded → closed (when every recommendation is done). Only the lead agency
 * changes a plan or concludes; invited agencies answer and take part; everything is audited.
 */
@Service
class InspectionService implements Inspections {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<String> CHECK_RESULTS = Set.of("compliant", "violation", "not_applicable");
    static final Set<String> FOLLOW_UPS = Set.of("none", "sanction", "refer_police");

    record Plan(long id, int year, String level, String provinceCode, String leadAgency, String title, String state,
            String createdBy, String approvedBy, Timestamp approvedAt, Timestamp publishedAt) {
    }

    record Inspection(long id, Long planId, String kind, String adhocReason, String typeCode, String provinceCode,
            String targetCode, String targetName, String scope, LocalDate periodFrom, LocalDate periodTo,
            int plannedMonth, int year, String leadAgency, BigDecimal riskScore, String state, LocalDate startedOn) {
    }

    record Member(String agencyCode, String status, String memberName, String answeredBy, String note) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final AgencyNotifications notifications;
    private final Agencies agencies;
    private final RoleAssignments roles;
    private final Cases cases;
    private final ObligationCalendar calendar;
    private final CandidateFinder candidateFinder;

    InspectionService(JdbcClient jdbc, Clock clock, AuditLog auditLog, AgencyNotifications notifications,
            Agencies agencies, RoleAssignments roles, Cases cases, ObligationCalendar calendar,
            CandidateFinder candidateFinder) {
        this.candidateFinder = candidateFinder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.agencies = agencies;
        this.roles = roles;
        this.cases = cases;
        this.calendar = calendar;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    // ---- who may do what -------------------------------------------------------------------

    /** Whether the agency holds, today, a role that may lead a joint team (table inspection_agency_role). */
    boolean mayLead(String agencyCode) {
        Optional<Agency> agency = agencies.byCode(agencyCode);
        if (agency.isEmpty()) {
            return false;
        }
        List<String> held = roles.rolesOf(agency.get().id(), today());
        if (held.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM inspection_agency_role WHERE may_lead AND role_code IN ("
                + String.join(",", held.stream().map(r -> "?").toList()) + ")").params(new ArrayList<>(held))
                .query(Long.class).single() > 0;
    }

    /** The agencies of an inspection's team that have not declined: invited or confirmed. */
    Set<String> memberAgencies(long inspectionId) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT agency_code FROM inspection_member WHERE inspection_id = ? AND status <> 'declined'
                ORDER BY agency_code""").param(inspectionId).query(String.class).list());
    }

    /** The parties of an inspection: the lead agency and the member agencies that have not declined. */
    boolean isParty(Inspection inspection, String agencyCode) {
        return inspection.leadAgency().equals(agencyCode) || memberAgencies(inspection.id()).contains(agencyCode);
    }

    /** The parties of a plan: its lead, the agencies consulted and the members of its inspections. */
    Set<String> planParties(Plan plan) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(plan.leadAgency());
        parties.addAll(jdbc.sql("SELECT agency_code FROM inspection_plan_party WHERE plan_id = ? ORDER BY agency_code")
                .param(plan.id()).query(String.class).list());
        parties.addAll(jdbc.sql("""
                SELECT DISTINCT m.agency_code FROM inspection_member m JOIN inspection i ON i.id = m.inspection_id
                WHERE i.plan_id = ? AND m.status <> 'declined' ORDER BY m.agency_code""")
                .param(plan.id()).query(String.class).list());
        return parties;
    }

    private void requireLead(String leadAgency, Actor actor) {
        if (!leadAgency.equals(actor.agencyCode())) {
            throw new PhoihopException(ErrorCode.INSPECTION_NOT_LEAD, Map.of("lead", leadAgency));
        }
    }

    private static void requireState(String state, Set<String> allowed) {
        if (!allowed.contains(state)) {
            throw new PhoihopException(ErrorCode.INSPECTION_WRONG_STATE, Map.of("state", state, "allowed_in",
                    allowed.stream().sorted().toList()));
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of(field, "required"));
        }
        return value.strip();
    }

    private void audit(String action, String type, long id, String details) {
        auditLog.recordForCurrentUser(action, type, String.valueOf(id), AuditEntry.Outcome.SUCCESS, details);
    }

    @Override
    public List<CandidateRef> candidates(int year, String provinceCode) {
        return candidateFinder.candidates(year, provinceCode).stream()
                .map(c -> new CandidateRef(c.targetCode(), c.name(), c.score())).toList();
    }

    /** The inspection types (code and labels), for the forms. */
    List<Map<String, Object>> typesForPages() {
        return jdbc.sql("SELECT code, label_vi, label_en FROM inspection_type ORDER BY code").query().listOfRows();
    }

    // ---- plans ------------------------------------------------------------------------------

    Optional<Plan> plan(long id) {
        return jdbc.sql("SELECT * FROM inspection_plan WHERE id = ?").param(id)
                .query((rs, row) -> new Plan(rs.getLong("id"), rs.getInt("year"), rs.getString("level"),
                        rs.getString("province_code"), rs.getString("lead_agency"), rs.getString("title"),
                        rs.getString("state"), rs.getString("created_by"), rs.getString("approved_by"),
                        rs.getTimestamp("approved_at"), rs.getTimestamp("published_at")))
                .optional();
    }

    Plan planOrThrow(long id) {
        return plan(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
    }

    /** The planning rule of a level: the month of the year before in which the plan is exchanged, and its basis. */
    Map<String, Object> planningRule(String level) {
        return jdbc.sql("SELECT * FROM inspection_planning_rule WHERE level = ?").param(level).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("level", "central or province")));
    }

    @Override
    @Transactional
    public long createPlan(NewPlan plan, Actor actor) {
        if (!mayLead(actor.agencyCode())) {
            throw new PhoihopException(ErrorCode.INSPECTION_CANNOT_LEAD);
        }
        planningRule(plan.level());
        if (plan.year() < 2000 || plan.year() > today().getYear() + 2) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("year", "2000.." + (today().getYear() + 2)));
        }
        if (plan.level().equals("province") && (plan.provinceCode() == null || plan.provinceCode().isBlank())) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "required for a provincial plan"));
        }
        String title = plan.title() == null || plan.title().isBlank()
                ? "Kế hoạch kiểm tra liên ngành năm " + plan.year() : plan.title().strip();
        try {
            long id = jdbc.sql("""
                    INSERT INTO inspection_plan (year, level, province_code, lead_agency, title, state, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, 'draft', ?, ?) RETURNING id""")
                    .params(plan.year(), plan.level(), plan.level().equals("central") ? null : plan.provinceCode(),
                            actor.agencyCode(), title, actor.username(), now())
                    .query(Long.class).single();
            audit("inspection.plan.create", "inspection_plan", id, plan.year() + " " + plan.level());
            return id;
        } catch (DuplicateKeyException e) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("plan", "your agency already has a "
                    + plan.level() + " plan for " + plan.year()));
        }
    }

    @Override
    public Optional<Long> planOf(int year, String level, String provinceCode, String leadAgency) {
        return jdbc.sql("""
                SELECT id FROM inspection_plan WHERE year = ? AND level = ? AND province_code IS NOT DISTINCT FROM ?
                AND lead_agency = ?""").params(year, level, provinceCode, leadAgency).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long addInspection(long planId, NewInspection inspection, Actor actor) {
        Plan plan = planOrThrow(planId);
        requireLead(plan.leadAgency(), actor);
        requireState(plan.state(), Set.of("draft", "consultation"));
        return insertInspection(planId, "planned", null, plan.provinceCode(), plan.year(), inspection, actor);
    }

    @Override
    @Transactional
    public long addAdhocInspection(String reason, String provinceCode, NewInspection inspection, Actor actor) {
        if (!mayLead(actor.agencyCode())) {
            throw new PhoihopException(ErrorCode.INSPECTION_CANNOT_LEAD);
        }
        required("reason", reason);
        return insertInspection(null, "adhoc", reason.strip(), provinceCode, today().getYear(), inspection, actor);
    }

    private long insertInspection(Long planId, String kind, String reason, String provinceCode, int year,
            NewInspection n, Actor actor) {
        if (jdbc.sql("SELECT count(*) FROM inspection_type WHERE code = ?").param(n.typeCode() == null ? "" : n.typeCode())
                .query(Long.class).single() == 0) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("type", "contribution, benefits or health_facility"));
        }
        required("target_code", n.targetCode());
        required("target_name", n.targetName());
        required("scope", n.scope());
        if (n.periodFrom() == null || n.periodTo() == null || n.periodTo().isBefore(n.periodFrom())) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("period", "period_from and period_to, the end not before the start"));
        }
        if (n.plannedMonth() < 1 || n.plannedMonth() > 12) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("planned_month", "1..12"));
        }
        long id = jdbc.sql("""
                INSERT INTO inspection (plan_id, kind, adhoc_reason, type_code, province_code, target_code, target_name,
                    scope, period_from, period_to, planned_month, year, lead_agency, risk_score, state, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?) RETURNING id""")
                .params(planId, kind, reason, n.typeCode(), provinceCode, n.targetCode().strip(), n.targetName().strip(),
                        n.scope().strip(), n.periodFrom(), n.periodTo(), n.plannedMonth(), year, actor.agencyCode(),
                        n.riskScore(), actor.username(), now())
                .query(Long.class).single();
        audit("inspection.create", "inspection", id, kind + " " + n.typeCode() + " " + n.targetCode()
                + (planId == null ? "" : " plan=" + planId));
        return id;
    }

    @Override
    @Transactional
    public void consult(long planId, List<String> agencyCodes, Actor actor) {
        Plan plan = planOrThrow(planId);
        requireLead(plan.leadAgency(), actor);
        requireState(plan.state(), Set.of("draft", "consultation"));
        Set<String> consulted = new LinkedHashSet<>(agencyCodes == null ? List.of() : agencyCodes);
        consulted.removeIf(String::isBlank);
        if (consulted.isEmpty()) {
            consulted.addAll(planParties(plan));
        }
        consulted.remove(plan.leadAgency());
        if (consulted.isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("agencies", "name the partner agencies to consult, or invite members first"));
        }
        for (String code : consulted) {
            if (agencies.byCode(code).isEmpty()) {
                throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY, Map.of("agency", code));
            }
        }
        for (String code : consulted) {
            jdbc.sql("INSERT INTO inspection_plan_party (plan_id, agency_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(planId, code).update();
            notifications.notify(code, "inspection_plan_consultation",
                    "Xin ý kiến dự thảo " + plan.title() + " (" + plan.leadAgency() + ")",
                    "Comments requested on the draft " + plan.title() + " (" + plan.leadAgency() + ")",
                    "/inspection/plans/" + planId);
        }
        jdbc.sql("UPDATE inspection_plan SET state = 'consultation' WHERE id = ?").param(planId).update();
        audit("inspection.plan.consult", "inspection_plan", planId, String.join(",", consulted));
    }

    @Override
    @Transactional
    public void comment(long planId, String body, Actor actor) {
        Plan plan = planOrThrow(planId);
        if (!planParties(plan).contains(actor.agencyCode())) {
            throw new PhoihopException(ErrorCode.INSPECTION_NOT_PARTY);
        }
        requireState(plan.state(), Set.of("consultation"));
        String text = required("body", body);
        long id = jdbc.sql("""
                INSERT INTO inspection_plan_comment (plan_id, agency_code, author, body, at) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(planId, actor.agencyCode(), actor.username(), text, now())
                .query(Long.class).single();
        if (!actor.agencyCode().equals(plan.leadAgency())) {
            notifications.notify(plan.leadAgency(), "inspection_plan_comment",
                    actor.agencyCode() + " góp ý " + plan.title(), actor.agencyCode() + " commented on " + plan.title(),
                    "/inspection/plans/" + planId);
        }
        audit("inspection.plan.comment", "inspection_plan", planId, "comment " + id);
    }

    @Override
    @Transactional
    public void approve(long planId, Actor actor) {
        Plan plan = planOrThrow(planId);
        requireLead(plan.leadAgency(), actor);
        requireState(plan.state(), Set.of("draft", "consultation"));
        if (inspectionsOf(planId).isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("inspections", "a plan needs at least one inspection"));
        }
        jdbc.sql("UPDATE inspection_plan SET state = 'approved', approved_by = ?, approved_at = ? WHERE id = ?")
                .params(actor.username(), now(), planId).update();
        audit("inspection.plan.approve", "inspection_plan", planId, plan.title());
    }

    @Override
    @Transactional
    public void publish(long planId, Actor actor) {
        Plan plan = planOrThrow(planId);
        requireLead(plan.leadAgency(), actor);
        requireState(plan.state(), Set.of("approved"));
        jdbc.sql("UPDATE inspection_plan SET state = 'published', published_at = ? WHERE id = ?")
                .params(now(), planId).update();
        for (String party : planParties(plan)) {
            if (!party.equals(plan.leadAgency())) {
                notifications.notify(party, "inspection_plan_published",
                        "Đã ban hành " + plan.title() + " (" + plan.leadAgency() + ")",
                        "Published: " + plan.title() + " (" + plan.leadAgency() + ")", "/inspection/plans/" + planId);
            }
        }
        fulfilPlanExchange(plan);
        audit("inspection.plan.publish", "inspection_plan", planId, String.join(",", planParties(plan)));
    }

    /** Publishing fulfils the calendar's plan-exchange duty of the year before (QCPH 1619 Điều 7.1, 18.1). */
    private void fulfilPlanExchange(Plan plan) {
        Object duty = planningRule(plan.level()).get("obligation_duty");
        if (duty == null) {
            return;
        }
        String scope = plan.level().equals("central") ? ObligationCalendar.CENTRE : plan.provinceCode();
        Optional<Agency> lead = agencies.byCode(plan.leadAgency());
        List<String> leadRoles = lead.map(a -> roles.rolesOf(a.id(), today())).orElse(List.of());
        for (ObligationInstance instance : calendar.instances(plan.year() - 1, scope)) {
            if (instance.dutyId().equals(duty) && leadRoles.contains(instance.fromRole())
                    && instance.status() != ObligationInstance.Status.FULFILLED
                    && instance.status() != ObligationInstance.Status.WAIVED) {
                calendar.fulfil(instance.id(), new FulfilmentRef(FulfilmentRef.Kind.DOCUMENT,
                        "inspection-plan-" + plan.id() + "/" + plan.year()), clock.instant());
            }
        }
    }

    /** The day by which the plan should be exchanged: the last day of the planning month of the year before. */
    LocalDate exchangeDue(Plan plan) {
        int month = ((Number) planningRule(plan.level()).get("planning_month")).intValue();
        return YearMonth.of(plan.year() - 1, month).atEndOfMonth();
    }

    // ---- inspections ----------------------------------------------------------------------

    Optional<Inspection> inspection(long id) {
        return jdbc.sql("SELECT * FROM inspection WHERE id = ?").param(id)
                .query((rs, row) -> new Inspection(rs.getLong("id"), (Long) rs.getObject("plan_id"), rs.getString("kind"),
                        rs.getString("adhoc_reason"), rs.getString("type_code"), rs.getString("province_code"),
                        rs.getString("target_code"), rs.getString("target_name"), rs.getString("scope"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getInt("planned_month"), rs.getInt("year"), rs.getString("lead_agency"),
                        rs.getBigDecimal("risk_score"), rs.getString("state"),
                        rs.getObject("started_on", LocalDate.class)))
                .optional();
    }

    Inspection inspectionOrThrow(long id) {
        return inspection(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
    }

    List<Inspection> inspectionsOf(long planId) {
        return jdbc.sql("SELECT id FROM inspection WHERE plan_id = ? ORDER BY planned_month, id").param(planId)
                .query(Long.class).list().stream().map(this::inspectionOrThrow).toList();
    }

    List<Member> members(long inspectionId) {
        return jdbc.sql("SELECT * FROM inspection_member WHERE inspection_id = ? ORDER BY agency_code").param(inspectionId)
                .query((rs, row) -> new Member(rs.getString("agency_code"), rs.getString("status"),
                        rs.getString("member_name"), rs.getString("answered_by"), rs.getString("note")))
                .list();
    }

    @Override
    @Transactional
    public void invite(long inspectionId, String agencyCode, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        requireLead(inspection.leadAgency(), actor);
        requireState(inspection.state(), Set.of("planned", "team_confirmed", "in_progress"));
        String code = required("agency", agencyCode);
        if (agencies.byCode(code).isEmpty()) {
            throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY, Map.of("agency", code));
        }
        if (code.equals(inspection.leadAgency())) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("agency", "the lead agency is already on the team"));
        }
        int updated = jdbc.sql("""
                INSERT INTO inspection_member (inspection_id, agency_code, status, invited_by, invited_at)
                VALUES (?, ?, 'invited', ?, ?)
                ON CONFLICT (inspection_id, agency_code) DO UPDATE SET status = 'invited', invited_by = EXCLUDED.invited_by,
                    invited_at = EXCLUDED.invited_at, answered_by = NULL, answered_at = NULL, note = NULL
                WHERE inspection_member.status = 'declined'""")
                .params(inspectionId, code, actor.username(), now()).update();
        if (updated == 0) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("agency", code + " is already invited"));
        }
        if (inspection.state().equals("team_confirmed")) {
            jdbc.sql("UPDATE inspection SET state = 'planned' WHERE id = ?").param(inspectionId).update();
        }
        notifications.notify(code, "inspection_invitation",
                "Mời cử cán bộ tham gia đoàn kiểm tra " + inspection.targetName() + " (tháng " + inspection.plannedMonth()
                        + "/" + inspection.year() + ", chủ trì " + inspection.leadAgency() + ")",
                "Invitation to send a member to the inspection of " + inspection.targetName() + " ("
                        + inspection.plannedMonth() + "/" + inspection.year() + ", led by " + inspection.leadAgency() + ")",
                "/inspection/inspections/" + inspectionId);
        audit("inspection.member.invite", "inspection", inspectionId, code);
    }

    @Override
    @Transactional
    public void answer(long inspectionId, boolean confirm, String memberName, String note, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        Optional<Member> member = members(inspectionId).stream()
                .filter(m -> m.agencyCode().equals(actor.agencyCode()) && m.status().equals("invited")).findFirst();
        if (member.isEmpty()) {
            throw new PhoihopException(ErrorCode.INSPECTION_NOT_INVITED);
        }
        if (confirm) {
            required("member_name", memberName);
        } else {
            required("note", note);
        }
        jdbc.sql("""
                UPDATE inspection_member SET status = ?, member_name = ?, note = ?, answered_by = ?, answered_at = ?
                WHERE inspection_id = ? AND agency_code = ?""")
                .params(confirm ? "confirmed" : "declined", confirm ? memberName.strip() : null, note,
                        actor.username(), now(), inspectionId, actor.agencyCode()).update();
        List<Member> after = members(inspectionId);
        boolean allConfirmed = after.stream().noneMatch(m -> m.status().equals("invited"))
                && after.stream().anyMatch(m -> m.status().equals("confirmed"));
        if (allConfirmed && inspection.state().equals("planned")) {
            jdbc.sql("UPDATE inspection SET state = 'team_confirmed' WHERE id = ?").param(inspectionId).update();
        }
        notifications.notify(inspection.leadAgency(), "inspection_member_answer",
                actor.agencyCode() + (confirm ? " xác nhận cử " + memberName : " từ chối: " + note)
                        + " — đoàn kiểm tra " + inspection.targetName(),
                actor.agencyCode() + (confirm ? " confirmed " + memberName : " declined: " + note)
                        + " — inspection of " + inspection.targetName(),
                "/inspection/inspections/" + inspectionId);
        audit(confirm ? "inspection.member.confirm" : "inspection.member.decline", "inspection", inspectionId,
                actor.agencyCode());
    }

    @Override
    @Transactional
    public void start(long inspectionId, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        requireLead(inspection.leadAgency(), actor);
        requireState(inspection.state(), Set.of("planned", "team_confirmed"));
        if (inspection.planId() != null) {
            Plan plan = planOrThrow(inspection.planId());
            if (!plan.state().equals("published")) {
                throw new PhoihopException(ErrorCode.INSPECTION_WRONG_STATE, Map.of("plan", plan.state(),
                        "needed", "the plan must be published before its inspections start"));
            }
        }
        List<String> pending = members(inspectionId).stream().filter(m -> m.status().equals("invited"))
                .map(Member::agencyCode).toList();
        if (!pending.isEmpty()) {
            throw new PhoihopException(ErrorCode.INSPECTION_WRONG_STATE, Map.of("pending_invitations", pending));
        }
        jdbc.sql("UPDATE inspection SET state = 'in_progress', started_on = ? WHERE id = ?")
                .params(today(), inspectionId).update();
        audit("inspection.start", "inspection", inspectionId, inspection.targetCode());
    }

    /** The lead and the confirmed members conduct the inspection. */
    private void requireTeam(Inspection inspection, Actor actor) {
        boolean confirmed = members(inspection.id()).stream()
                .anyMatch(m -> m.agencyCode().equals(actor.agencyCode()) && m.status().equals("confirmed"));
        if (!inspection.leadAgency().equals(actor.agencyCode()) && !confirmed) {
            throw new PhoihopException(ErrorCode.INSPECTION_NOT_PARTY);
        }
    }

    @Override
    public List<Long> recommendationsOf(long inspectionId) {
        return jdbc.sql("SELECT id FROM inspection_recommendation WHERE inspection_id = ? ORDER BY due_on, id")
                .param(inspectionId).query(Long.class).list();
    }

    @Override
    public List<Long> checklistOf(long inspectionId) {
        return jdbc.sql("SELECT id FROM inspection_checklist_item WHERE type_code = ? ORDER BY position")
                .param(inspectionOrThrow(inspectionId).typeCode()).query(Long.class).list();
    }

    @Override
    @Transactional
    public void check(long inspectionId, long itemId, String result, String note, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        requireTeam(inspection, actor);
        requireState(inspection.state(), Set.of("in_progress"));
        if (result == null || !CHECK_RESULTS.contains(result)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("result", "compliant, violation or not_applicable"));
        }
        if (!checklistOf(inspectionId).contains(itemId)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("item", "not on this inspection's checklist"));
        }
        jdbc.sql("""
                INSERT INTO inspection_check (inspection_id, item_id, result, note, checked_by, agency_code, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (inspection_id, item_id) DO UPDATE SET result = EXCLUDED.result, note = EXCLUDED.note,
                    checked_by = EXCLUDED.checked_by, agency_code = EXCLUDED.agency_code, checked_at = EXCLUDED.checked_at""")
                .params(inspectionId, itemId, result, note, actor.username(), actor.agencyCode(), now()).update();
        audit("inspection.check", "inspection", inspectionId, "item " + itemId + " " + result);
    }

    @Override
    @Transactional
    public long addRecord(long inspectionId, NewRecord record, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        requireTeam(inspection, actor);
        requireState(inspection.state(), Set.of("in_progress"));
        String content = required("content", record.content());
        String place = required("place", record.place());
        LocalDate heldOn = record.heldOn() == null ? today() : record.heldOn();
        long sequence = jdbc.sql("SELECT count(*) FROM inspection_record WHERE inspection_id = ?").param(inspectionId)
                .query(Long.class).single() + 1;
        String number = String.format(java.util.Locale.ROOT, "%02d/BB-KTLN-%d", sequence, inspectionId);
        long id = jdbc.sql("""
                INSERT INTO inspection_record (inspection_id, number, held_on, place, content, employer_representative,
                    created_by, agency_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(inspectionId, number, heldOn, place, content, record.employerRepresentative(),
                        actor.username(), actor.agencyCode(), now())
                .query(Long.class).single();
        audit("inspection.record.add", "inspection", inspectionId, number);
        return id;
    }

    @Override
    @Transactional
    public void conclude(long inspectionId, Conclusion c, Actor actor) {
        Inspection inspection = inspectionOrThrow(inspectionId);
        requireLead(inspection.leadAgency(), actor);
        requireState(inspection.state(), Set.of("in_progress"));
        String summary = required("summary", c.summary());
        String number = c.number() == null || c.number().isBlank()
                ? String.format(java.util.Locale.ROOT, "%02d/KL-KTLN", inspectionId) : c.number().strip();
        LocalDate concludedOn = c.concludedOn() == null ? today() : c.concludedOn();
        for (Violation v : c.violations()) {
            required("violations.description", v.description());
            required("violations.legal_basis", v.legalBasis());
            if (v.amountToRecoverVnd() < 0) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("violations.amount", ">= 0"));
            }
        }
        for (Recommendation r : c.recommendations()) {
            required("recommendations.text", r.text());
            if (r.dueOn() == null || r.dueOn().isBefore(concludedOn)) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("recommendations.due_on", "a date on or after the conclusion"));
            }
            String follow = r.followUp() == null ? "none" : r.followUp();
            if (!FOLLOW_UPS.contains(follow)) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("recommendations.follow_up", "none, sanction or refer_police"));
            }
            if (r.responsibleAgency() != null && !r.responsibleAgency().isBlank()
                    && agencies.byCode(r.responsibleAgency()).isEmpty()) {
                throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY, Map.of("agency", r.responsibleAgency()));
            }
        }
        String result = c.violations().isEmpty() ? "compliant" : "violation";
        jdbc.sql("""
                INSERT INTO inspection_conclusion (inspection_id, number, concluded_on, result, summary, unpublished_content,
                    signer_name, signer_title, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(inspectionId, number, concludedOn, result, summary,
                        c.unpublishedContent() == null || c.unpublishedContent().isBlank() ? null
                                : c.unpublishedContent().strip(),
                        required("signer_name", c.signerName()), required("signer_title", c.signerTitle()),
                        actor.username(), now())
                .update();
        for (Violation v : c.violations()) {
            jdbc.sql("""
                    INSERT INTO inspection_violation (inspection_id, description, legal_basis, amount_to_recover_vnd)
                    VALUES (?, ?, ?, ?)""").params(inspectionId, v.description().strip(), v.legalBasis().strip(),
                    v.amountToRecoverVnd()).update();
        }
        Set<String> responsible = new LinkedHashSet<>();
        for (Recommendation r : c.recommendations()) {
            String agency = r.responsibleAgency() == null || r.responsibleAgency().isBlank() ? inspection.leadAgency()
                    : r.responsibleAgency();
            String follow = r.followUp() == null ? "none" : r.followUp();
            Long caseId = followUp(inspection, number, r, follow, actor);
            jdbc.sql("""
                    INSERT INTO inspection_recommendation (inspection_id, text, addressee, responsible_agency, due_on,
                        amount_vnd, follow_up, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(inspectionId, r.text().strip(), r.addressee() == null || r.addressee().isBlank()
                            ? inspection.targetName() : r.addressee().strip(), agency, r.dueOn(), r.amountVnd(), follow,
                            caseId)
                    .update();
            responsible.add(agency);
        }
        jdbc.sql("UPDATE inspection SET state = ? WHERE id = ?")
                .params(c.recommendations().isEmpty() ? "closed" : "concluded", inspectionId).update();
        Set<String> told = new LinkedHashSet<>(memberAgencies(inspectionId));
        told.addAll(responsible);
        told.remove(inspection.leadAgency());
        for (String party : told) {
            notifications.notify(party, "inspection_concluded",
                    "Kết luận kiểm tra " + number + ": " + inspection.targetName() + " (chỉ gửi các bên tham gia)",
                    "Inspection conclusion " + number + ": " + inspection.targetName() + " (for the parties only)",
                    "/inspection/inspections/" + inspectionId);
        }
        audit("inspection.conclude", "inspection", inspectionId, number + " " + result + ", "
                + c.violations().size() + " violation(s), " + c.recommendations().size() + " recommendation(s)");
    }

    /**
     * A sanction opens a case in the lead agency; a referral to the police opens an evasion case
     * (or takes the given one) and refers it (QCPH 01/2022 Điều 6.5; Quy chế Kon Tum Điều 17.2).
     */
    private Long followUp(Inspection inspection, String number, Recommendation r, String follow, Actor actor) {
        if (follow.equals("none")) {
            return r.caseId();
        }
        String title = "Kết luận kiểm tra " + number + ": " + r.text().strip();
        String lead = inspection.leadAgency();
        long caseId;
        if (r.caseId() != null) {
            caseId = r.caseId();
            if (cases.state(caseId).isEmpty()) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("recommendations.case_id", "no such case"));
            }
        } else {
            caseId = cases.open(follow.equals("refer_police") ? "evasion" : "arrears", title, inspection.targetCode(),
                    inspection.provinceCode(), lead, actor.username());
        }
        if (follow.equals("refer_police")) {
            if (cases.state(caseId).orElse("").equals("received")) {
                cases.act(caseId, "accept", null, null, actor.username(), lead);
            }
            cases.act(caseId, "refer", title, null, actor.username(), lead);
        }
        return caseId;
    }

    @Override
    @Transactional
    public void completeRecommendation(long recommendationId, String note, long recoveredVnd, LocalDate doneOn,
            Actor actor) {
        Map<String, Object> rec = jdbc.sql("SELECT * FROM inspection_recommendation WHERE id = ?").param(recommendationId)
                .query().listOfRows().stream().findFirst().orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        long inspectionId = ((Number) rec.get("inspection_id")).longValue();
        Inspection inspection = inspectionOrThrow(inspectionId);
        if (!actor.agencyCode().equals(rec.get("responsible_agency")) && !actor.agencyCode().equals(inspection.leadAgency())) {
            throw new PhoihopException(ErrorCode.INSPECTION_NOT_PARTY);
        }
        requireState((String) rec.get("status"), Set.of("open"));
        if (recoveredVnd < 0) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("recovered_vnd", ">= 0"));
        }
        jdbc.sql("""
                UPDATE inspection_recommendation SET status = 'done', done_on = ?, done_note = ?, recovered_vnd = ?
                WHERE id = ?""").params(doneOn == null ? today() : doneOn, required("note", note), recoveredVnd,
                recommendationId).update();
        long open = jdbc.sql("SELECT count(*) FROM inspection_recommendation WHERE inspection_id = ? AND status = 'open'")
                .param(inspectionId).query(Long.class).single();
        if (open == 0 && inspection.state().equals("concluded")) {
            jdbc.sql("UPDATE inspection SET state = 'closed' WHERE id = ?").param(inspectionId).update();
        }
        audit("inspection.recommendation.done", "inspection", inspectionId,
                "recommendation " + recommendationId + " recovered " + recoveredVnd);
    }

    /**
     * Reminds the responsible agency of a recommendation coming due (inspection_reminder_rule) and
     * tells it and the lead once when it is overdue. Returns how many notices went out.
     */
    @Transactional
    int remind() {
        LocalDate today = today();
        int daysBefore = jdbc.sql("SELECT days_before_due FROM inspection_reminder_rule WHERE code = 'recommendation.due'")
                .query(Integer.class).optional().orElse(7);
        int sent = 0;
        for (Map<String, Object> r : jdbc.sql("""
                SELECT r.id, r.text, r.responsible_agency, r.due_on, r.inspection_id, i.target_name, i.lead_agency
                FROM inspection_recommendation r JOIN inspection i ON i.id = r.inspection_id
                WHERE r.status = 'open' AND r.reminded_on IS NULL AND r.due_on >= ? AND r.due_on <= ?""")
                .params(today, today.plusDays(daysBefore)).query().listOfRows()) {
            notifications.notify((String) r.get("responsible_agency"), "inspection_due_soon",
                    "Kiến nghị sắp đến hạn " + r.get("due_on") + " (" + r.get("target_name") + "): " + r.get("text"),
                    "Recommendation due " + r.get("due_on") + " (" + r.get("target_name") + "): " + r.get("text"),
                    "/inspection/inspections/" + r.get("inspection_id"));
            jdbc.sql("UPDATE inspection_recommendation SET reminded_on = ? WHERE id = ?").params(today, r.get("id")).update();
            audit("inspection.recommendation.remind", "inspection", ((Number) r.get("inspection_id")).longValue(),
                    "recommendation " + r.get("id") + " due " + r.get("due_on"));
            sent++;
        }
        for (Map<String, Object> r : jdbc.sql("""
                SELECT r.id, r.text, r.responsible_agency, r.due_on, r.inspection_id, i.target_name, i.lead_agency
                FROM inspection_recommendation r JOIN inspection i ON i.id = r.inspection_id
                WHERE r.status = 'open' AND r.overdue_notified_on IS NULL AND r.due_on < ?""")
                .param(today).query().listOfRows()) {
            Set<String> told = new LinkedHashSet<>(List.of((String) r.get("responsible_agency"), (String) r.get("lead_agency")));
            for (String agency : told) {
                notifications.notify(agency, "inspection_overdue",
                        "Kiến nghị quá hạn từ " + r.get("due_on") + " (" + r.get("target_name") + "): " + r.get("text"),
                        "Recommendation overdue since " + r.get("due_on") + " (" + r.get("target_name") + "): "
                                + r.get("text"),
                        "/inspection/overdue");
                sent++;
            }
            jdbc.sql("UPDATE inspection_recommendation SET overdue_notified_on = ? WHERE id = ?").params(today, r.get("id"))
                    .update();
            audit("inspection.recommendation.overdue", "inspection", ((Number) r.get("inspection_id")).longValue(),
                    "recommendation " + r.get("id") + " overdue since " + r.get("due_on"));
        }
        return sent;
    }
}
