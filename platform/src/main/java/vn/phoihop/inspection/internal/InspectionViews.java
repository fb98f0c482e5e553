package vn.phoihop.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.inspection.internal.InspectionService.Inspection;
import vn.phoihop.inspection.internal.InspectionService.Plan;

/**
 * What the API and the pages show, as JSON-ready maps, for one viewing agency. A plan's list of
 * inspections carries no records and no conclusion; an inspection's records, conclusion and
 * unpublished content appear only in {@link #inspection}, which the caller gives to parties only.
 */
@Component
class InspectionViews {

    private final JdbcClient jdbc;
    private final InspectionService service;

    InspectionViews(JdbcClient jdbc, InspectionService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /** Plans the agency is a party to (all for administrators), newest year first. */
    List<Map<String, Object>> plans(String agencyCode, boolean admin) {
        return jdbc.sql("SELECT id FROM inspection_plan ORDER BY year DESC, id DESC").query(Long.class).list().stream()
                .map(id -> service.planOrThrow(id))
                .filter(p -> admin || service.planParties(p).contains(agencyCode))
                .map(p -> planSummary(p)).toList();
    }

    Map<String, Object> planSummary(Plan p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("year", p.year());
        body.put("level", p.level());
        body.put("province", p.provinceCode());
        body.put("lead_agency", p.leadAgency());
        body.put("title", p.title());
        body.put("state", p.state());
        List<Inspection> inspections = service.inspectionsOf(p.id());
        body.put("inspections_count", inspections.size());
        Map<String, Long> byState = new LinkedHashMap<>();
        for (String state : List.of("planned", "team_confirmed", "in_progress", "concluded", "closed")) {
            byState.put(state, inspections.stream().filter(i -> i.state().equals(state)).count());
        }
        body.put("inspections_by_state", byState);
        LocalDate due = service.exchangeDue(p);
        body.put("exchange_due", due.toString());
        body.put("published_at", p.publishedAt() == null ? null : p.publishedAt().toInstant().toString());
        body.put("published_on_time", p.publishedAt() == null ? null
                : !LocalDate.ofInstant(p.publishedAt().toInstant(), InspectionService.VIETNAM).isAfter(due));
        return body;
    }

    /** A plan with its inspections (no records, no conclusions), parties, comments and the viewer's actions. */
    Map<String, Object> plan(Plan p, String viewerAgency) {
        Map<String, Object> body = planSummary(p);
        Map<String, Object> rule = service.planningRule(p.level());
        body.put("planning_month", rule.get("planning_month"));
        body.put("planning_basis", rule.get("legal_basis"));
        body.put("approved_by", p.approvedBy());
        body.put("parties", List.copyOf(service.planParties(p)));
        body.put("inspections", service.inspectionsOf(p.id()).stream().map(this::inspectionSummary).toList());
        body.put("comments", jdbc.sql("""
                SELECT agency_code AS agency, author, body, at FROM inspection_plan_comment WHERE plan_id = ? ORDER BY id""")
                .param(p.id()).query().listOfRows().stream().map(InspectionViews::withText).toList());
        List<String> actions = new ArrayList<>();
        boolean lead = p.leadAgency().equals(viewerAgency);
        if (lead && Set.of("draft", "consultation").contains(p.state())) {
            actions.addAll(List.of("add_inspection", "consult", "approve"));
        }
        if (lead && p.state().equals("approved")) {
            actions.add("publish");
        }
        if (p.state().equals("consultation") && service.planParties(p).contains(viewerAgency)) {
            actions.add("comment");
        }
        body.put("allowed_actions", actions);
        return body;
    }

    private static Map<String, Object> withText(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.replaceAll((k, v) -> v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v);
        return copy;
    }

    /** What any party of the plan sees of an inspection: target, scope, period, team, state. */
    Map<String, Object> inspectionSummary(Inspection i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", i.id());
        body.put("plan_id", i.planId());
        body.put("kind", i.kind());
        body.put("adhoc_reason", i.adhocReason());
        body.put("type", i.typeCode());
        body.put("type_label", jdbc.sql("SELECT label_vi FROM inspection_type WHERE code = ?").param(i.typeCode())
                .query(String.class).single());
        body.put("province", i.provinceCode());
        body.put("target_code", i.targetCode());
        body.put("target_name", i.targetName());
        body.put("scope", i.scope());
        body.put("period_from", i.periodFrom().toString());
        body.put("period_to", i.periodTo().toString());
        body.put("planned_month", i.plannedMonth());
        body.put("year", i.year());
        body.put("lead_agency", i.leadAgency());
        body.put("risk_score", i.riskScore());
        body.put("state", i.state());
        body.put("members", service.members(i.id()).stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("agency", m.agencyCode());
            member.put("status", m.status());
            member.put("member_name", m.memberName());
            member.put("note", m.note());
            return member;
        }).toList());
        return body;
    }

    /** The whole inspection for a party: checklist, records, conclusion (with what is unpublished), recommendations. */
    Map<String, Object> inspection(Inspection i, String viewerAgency) {
        Map<String, Object> body = inspectionSummary(i);
        body.put("started_on", i.startedOn() == null ? null : i.startedOn().toString());
        body.put("checklist", jdbc.sql("""
                SELECT c.id, c.position, c.text_vi, c.text_en, c.legal_basis, k.result, k.note, k.checked_by, k.agency_code
                FROM inspection_checklist_item c
                LEFT JOIN inspection_check k ON k.item_id = c.id AND k.inspection_id = ?
                WHERE c.type_code = ? ORDER BY c.position""").params(i.id(), i.typeCode()).query().listOfRows());
        body.put("records", records(i.id()));
        Map<String, Object> conclusion = conclusion(i.id());
        body.put("conclusion", conclusion);
        body.put("violations", violations(i.id()));
        body.put("recommendations", recommendations(i.id()));
        body.put("unpublished_marking", InspectionDocuments.UNPUBLISHED);
        List<String> actions = new ArrayList<>();
        boolean lead = i.leadAgency().equals(viewerAgency);
        boolean confirmedMember = service.members(i.id()).stream()
                .anyMatch(m -> m.agencyCode().equals(viewerAgency) && m.status().equals("confirmed"));
        boolean invited = service.members(i.id()).stream()
                .anyMatch(m -> m.agencyCode().equals(viewerAgency) && m.status().equals("invited"));
        if (lead && Set.of("planned", "team_confirmed", "in_progress").contains(i.state())) {
            actions.add("invite");
        }
        if (lead && Set.of("planned", "team_confirmed").contains(i.state())) {
            actions.add("start");
        }
        if (invited) {
            actions.add("answer");
        }
        if ((lead || confirmedMember) && i.state().equals("in_progress")) {
            actions.addAll(List.of("check", "record"));
        }
        if (lead && i.state().equals("in_progress")) {
            actions.add("conclude");
        }
        body.put("allowed_actions", actions);
        return body;
    }

    List<Map<String, Object>> records(long inspectionId) {
        return jdbc.sql("""
                SELECT id, number, held_on, place, content, employer_representative, created_by, agency_code
                FROM inspection_record WHERE inspection_id = ? ORDER BY id""").param(inspectionId).query().listOfRows()
                .stream().map(InspectionViews::withDates).toList();
    }

    Map<String, Object> conclusion(long inspectionId) {
        return jdbc.sql("""
                SELECT number, concluded_on, result, summary, unpublished_content, signer_name, signer_title, created_by
                FROM inspection_conclusion WHERE inspection_id = ?""").param(inspectionId).query().listOfRows().stream().findFirst()
                .map(InspectionViews::withDates).orElse(null);
    }

    List<Map<String, Object>> violations(long inspectionId) {
        return jdbc.sql("""
                SELECT id, description, legal_basis, amount_to_recover_vnd FROM inspection_violation
                WHERE inspection_id = ? ORDER BY id""").param(inspectionId).query().listOfRows();
    }

    List<Map<String, Object>> recommendations(long inspectionId) {
        LocalDate today = service.today();
        return jdbc.sql("""
                SELECT id, inspection_id, text, addressee, responsible_agency, due_on, amount_vnd, follow_up, case_id,
                    status, done_on, done_note, recovered_vnd FROM inspection_recommendation
                WHERE inspection_id = ? ORDER BY due_on, id""").param(inspectionId).query().listOfRows().stream()
                .map(r -> withBadge(r, today)).toList();
    }

    static Map<String, Object> withBadge(Map<String, Object> row, LocalDate today) {
        Map<String, Object> copy = withDates(row);
        LocalDate due = LocalDate.parse((String) copy.get("due_on"));
        String badge;
        if ("done".equals(copy.get("status"))) {
            badge = "met";
        } else if (today.isAfter(due)) {
            badge = "overdue";
        } else {
            badge = today.plusDays(7).isBefore(due) ? "on_track" : "due_soon";
        }
        copy.put("badge", badge);
        copy.put("days_overdue", badge.equals("overdue") ? java.time.temporal.ChronoUnit.DAYS.between(due, today) : 0);
        return copy;
    }

    static Map<String, Object> withDates(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.replaceAll((k, v) -> v instanceof java.sql.Date d ? d.toLocalDate().toString()
                : v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v);
        return copy;
    }

    /** Inspections the agency leads or is invited to (all for administrators), with ad-hoc ones. */
    List<Map<String, Object>> inspections(String agencyCode, boolean admin) {
        return jdbc.sql("""
                SELECT DISTINCT i.id, i.year, i.planned_month FROM inspection i
                LEFT JOIN inspection_member m ON m.inspection_id = i.id AND m.status <> 'declined'
                WHERE CAST(? AS BOOLEAN) OR i.lead_agency = ? OR m.agency_code = ? ORDER BY i.year DESC, i.planned_month, i.id""")
                .params(admin, agencyCode, agencyCode).query((rs, n) -> rs.getLong("id")).list().stream()
                .map(id -> inspectionSummary(service.inspectionOrThrow(id))).toList();
    }

    /** Open recommendations past their due date, of inspections the agency takes part in or follows up. */
    List<Map<String, Object>> overdue(String agencyCode, boolean admin) {
        LocalDate today = service.today();
        return jdbc.sql("""
                SELECT r.id, r.inspection_id, r.text, r.addressee, r.responsible_agency, r.due_on, r.amount_vnd,
                    r.follow_up, r.case_id, r.status, r.done_on, r.done_note, r.recovered_vnd,
                    i.target_code, i.target_name, i.lead_agency
                FROM inspection_recommendation r JOIN inspection i ON i.id = r.inspection_id
                WHERE r.status = 'open' AND r.due_on < ?
                  AND (CAST(? AS BOOLEAN) OR i.lead_agency = ? OR r.responsible_agency = ?
                       OR EXISTS (SELECT 1 FROM inspection_member m WHERE m.inspection_id = i.id
                                  AND m.agency_code = ? AND m.status <> 'declined'))
                ORDER BY r.due_on, r.id""")
                .params(today, admin, agencyCode, agencyCode, agencyCode).query().listOfRows().stream()
                .map(r -> withBadge(r, today)).toList();
    }

    /** Invitations waiting for the agency's answer. */
    List<Map<String, Object>> invitations(String agencyCode) {
        return jdbc.sql("""
                SELECT inspection_id FROM inspection_member WHERE agency_code = ? AND status = 'invited' ORDER BY inspection_id""")
                .param(agencyCode).query(Long.class).list().stream()
                .map(id -> inspectionSummary(service.inspectionOrThrow(id))).toList();
    }

    List<Map<String, Object>> types() {
        return jdbc.sql("SELECT code, label_vi, label_en, legal_basis FROM inspection_type ORDER BY code").query().listOfRows();
    }

    List<Map<String, Object>> factors() {
        return jdbc.sql("""
                SELECT code, label_vi, label_en, points_per_unit, unit, max_points, legal_basis, description_vi, description_en
                FROM inspection_risk_factor ORDER BY position""").query().listOfRows();
    }
}
