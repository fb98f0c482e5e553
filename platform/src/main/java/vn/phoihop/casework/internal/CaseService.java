package vn.phoihop.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.casework.Cases;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.AgencyNotifications;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.registry.WorkingDays;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.shared.document.OfficialDocument;
import vn.phoihop.shared.document.PlainTextWriter;

/**
 * Cases: the state machine is the table {@code case_transition}; every event goes to the case's
 * timeline ({@code case_event}) and to the audit trail; the legal deadlines are computed from
 * {@code deadline_rule} (calendar days, working days through the holiday calendar, or months).
 */
@Service
class CaseService implements Cases {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<String> TYPES = Set.of("arrears", "evasion", "fraud", "duplicate_coverage", "coverage_gap",
            "data_correction", "complaint", "denunciation", "crime_report");

    record CaseFile(long id, String type, String state, String provinceCode, String agencyCode, String officer,
            String subject, String title, Long findingId, boolean escalated, String referredTo, String openedBy,
            String openedAt, LegalDeadlines.Classification classification, String escalatedTo) {
    }

    record Event(long id, String at, String actor, String agencyCode, String kind, String fromState, String toState,
            String note) {
    }

    record Deadline(String code, String labelVi, String labelEn, String article, int amount, String unit,
            LocalDate startsOn, LocalDate dueOn, LocalDate metOn, String extendedReason, boolean escalated,
            String escalatedTo, int extensions, String extensionRule) {

        String badge(LocalDate today) {
            if (metOn != null) {
                return "met";
            }
            if (today.isAfter(dueOn)) {
                return "overdue";
            }
            return today.plusDays(3).isBefore(dueOn) ? "on_track" : "due_soon";
        }
    }

    record Transition(String fromState, String action, String toState, boolean needsReason) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Agencies agencies;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RoleAssignments roles;
    private final int contestDays;
    private final Findings findings;
    private final AgencyNotifications notifications;
    private final LegalDeadlines legalDeadlines;
    private final UserAccounts users;
    private final CaseLetters letters;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseService(JdbcClient jdbc, WorkingDays workingDays, Agencies agencies, AuditLog auditLog, Clock clock,
            RoleAssignments roles, org.springframework.core.env.Environment environment, Findings findings,
            AgencyNotifications notifications, LegalDeadlines legalDeadlines, UserAccounts users, CaseLetters letters,
            org.springframework.context.ApplicationEventPublisher events) {
        this.letters = letters;
        this.events = events;
        this.legalDeadlines = legalDeadlines;
        this.users = users;
        this.findings = findings;
        this.notifications = notifications;
        this.contestDays = environment.getProperty("phoihop.casework.contest-days", Integer.class, 30);
        this.jdbc = jdbc;
        this.roles = roles;
        this.workingDays = workingDays;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    @Override
    @Transactional
    public long open(String type, String title, String subject, String provinceCode, String agencyCode,
            String openedBy) {
        return open(type, "received", title, subject, provinceCode, agencyCode, openedBy, null, null);
    }

    /** What a citizen sent through the public form. */
    record PublicFiling(String trackingCode, String name, String contact, String text) {
    }

    @Transactional
    long open(String type, String state, String title, String subject, String provinceCode, String agencyCode,
            String openedBy, Long findingId) {
        return open(type, state, title, subject, provinceCode, agencyCode, openedBy, findingId, null);
    }

    @Transactional
    long open(String type, String state, String title, String subject, String provinceCode, String agencyCode,
            String openedBy, Long findingId, PublicFiling publicFiling) {
        if (!TYPES.contains(type)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("type", String.join(", ",
                    TYPES.stream().sorted().toList())));
        }
        if (title == null || title.isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("title", "required"));
        }
        if (agencies.byCode(agencyCode).isEmpty()) {
            throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                INSERT INTO case_file (case_type, state, province_code, agency_code, subject, title, finding_id,
                    opened_by, opened_at, updated_at, tracking_code, complainant, contact, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(type, state, provinceCode, agencyCode, subject, title, findingId, openedBy, now, now,
                        publicFiling == null ? null : publicFiling.trackingCode(),
                        publicFiling == null ? null : publicFiling.name(),
                        publicFiling == null ? null : publicFiling.contact(),
                        publicFiling == null ? null : publicFiling.text())
                .query(Long.class).single();
        event(id, openedBy, agencyCode, "opened", null, state,
                findingId == null ? title : "finding " + findingId + ": " + title);
        LocalDate today = today();
        for (Map<String, Object> rule : jdbc.sql("SELECT code FROM deadline_rule WHERE case_type = ? ORDER BY code")
                .param(type).query().listOfRows()) {
            addDeadline(id, (String) rule.get("code"), today);
        }
        auditLog.recordForCurrentUser("case.open", "case", String.valueOf(id), AuditEntry.Outcome.SUCCESS,
                "type=" + type + " agency=" + agencyCode + (findingId == null ? "" : " finding=" + findingId));
        return id;
    }

    /** Due date of a period counted from {@code start}. */
    LocalDate due(String unit, int amount, LocalDate start) {
        return legalDeadlines.plus(start, amount, unit);
    }

    /** Adds the deadline of a rule to a case, with the period the law sets for the case's classification. */
    void addDeadline(long caseId, String ruleCode, LocalDate start) {
        LegalDeadlines.Classification classification = byId(caseId).map(CaseFile::classification)
                .orElse(LegalDeadlines.Classification.ORDINARY);
        LegalDeadlines.Period period = legalDeadlines.period(ruleCode, classification);
        if (ruleCode.equals("notice.contest")) {
            period = new LegalDeadlines.Period(contestDays, period.unit(), period.article());
        }
        LocalDate dueOn = due(period.unit(), period.amount(), start);
        jdbc.sql("""
                INSERT INTO case_deadline (case_id, rule_code, starts_on, due_on, amount, unit, article)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, rule_code) DO NOTHING""")
                .params(caseId, ruleCode, start, dueOn, period.amount(), period.unit(), period.article()).update();
    }

    List<Transition> transitions() {
        return jdbc.sql("SELECT from_state, action, to_state, needs_reason FROM case_transition ORDER BY from_state, action")
                .query((rs, row) -> new Transition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    List<Transition> allowed(String state) {
        return transitions().stream().filter(t -> t.fromState().equals(state)).toList();
    }

    @Override
    @Transactional
    public String act(long caseId, String action, String note, String toAgencyCode, String actor,
            String actorAgencyCode) {
        CaseFile file = byId(caseId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        Transition transition = allowed(file.state()).stream().filter(t -> t.action().equals(action)).findFirst()
                .orElseThrow(() -> new PhoihopException(ErrorCode.CASEWORK_TRANSITION_NOT_ALLOWED,
                        Map.of("state", file.state(), "allowed",
                                allowed(file.state()).stream().map(Transition::action).toList())));
        boolean policeAction = action.startsWith("police_");
        String competent = policeAction ? file.referredTo() : file.agencyCode();
        if (actorAgencyCode == null || !actorAgencyCode.equals(competent)) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        if (transition.needsReason() && (note == null || note.isBlank())) {
            throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
        }
        String referredTo = file.referredTo();
        if (action.equals("refer")) {
            if (!Set.of("evasion", "fraud").contains(file.type())) {
                throw new PhoihopException(ErrorCode.CASEWORK_TRANSITION_NOT_ALLOWED,
                        Map.of("refer", "only evasion and fraud cases are referred to the police"));
            }
            referredTo = roles.holder("police.province", file.provinceCode(), today()).map(a -> a.code())
                    .orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY,
                            Map.of("role", "police.province")));
        }
        String agency = file.agencyCode();
        if (action.equals("transfer")) {
            if (toAgencyCode == null || agencies.byCode(toAgencyCode).isEmpty()) {
                throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY);
            }
            agency = toAgencyCode;
        }
        int updated = jdbc.sql("""
                UPDATE case_file SET state = ?, agency_code = ?, officer = CASE WHEN ? THEN NULL ELSE officer END,
                    referred_to = ?, updated_at = ? WHERE id = ? AND state = ?""")
                .params(transition.toState(), agency, action.equals("transfer"), referredTo,
                        Timestamp.from(clock.instant()),
                        caseId, file.state())
                .update();
        if (updated != 1) {
            throw new PhoihopException(ErrorCode.CONFLICT);
        }
        event(caseId, actor, actorAgencyCode, action, file.state(), transition.toState(),
                action.equals("transfer") ? "→ " + toAgencyCode + ": " + note : note);
        if (Set.of("resolve", "reject", "close", "withdraw").contains(action)) {
            jdbc.sql("UPDATE case_deadline SET met_on = ? WHERE case_id = ? AND met_on IS NULL")
                    .params(today(), caseId).update();
        }
        if (action.equals("refer")) {
            notifications.notify(referredTo, "referral", "Hồ sơ " + caseId + " được chuyển đến từ " + file.agencyCode(),
                    "Case " + caseId + " was referred by " + file.agencyCode(), "/casework/cases/" + caseId);
            event(caseId, actor, actorAgencyCode, "referral_letter", null, null, referralLetter(file, referredTo, note, actor, actorAgencyCode));
        }
        if (action.equals("notify")) {
            addDeadline(caseId, "notice.contest", today());
            event(caseId, actor, actorAgencyCode, "notice_letter", null, null, noticeLetter(file, actor, actorAgencyCode));
        }
        if (Set.of("contest", "resolve", "refer").contains(action)) {
            jdbc.sql("UPDATE case_deadline SET met_on = ? WHERE case_id = ? AND rule_code = 'notice.contest'"
                    + " AND met_on IS NULL").params(today(), caseId).update();
        }
        if (action.equals("police_accept")) {
            addDeadline(caseId, "crime_report.resolve", today());
        }
        if (action.equals("police_result")) {
            jdbc.sql("UPDATE case_deadline SET met_on = ? WHERE case_id = ? AND rule_code = 'crime_report.resolve'"
                    + " AND met_on IS NULL").params(today(), caseId).update();
            event(caseId, "system", referredTo, "result_reported", null, null,
                    "Kết quả của cơ quan công an đã được báo lại cho " + file.agencyCode() + ": " + note);
            notifications.notify(file.agencyCode(), "police_result",
                    "Hồ sơ " + caseId + ": công an đã có kết quả (" + note + ")",
                    "Case " + caseId + ": the police reported a result (" + note + ")", "/casework/cases/" + caseId);
        }
        if (action.equals("accept")) {
            jdbc.sql("""
                    UPDATE case_deadline SET met_on = ? WHERE case_id = ? AND met_on IS NULL
                      AND rule_code IN ('complaint.accept', 'denunciation.handle', 'denunciation.notify')""")
                    .params(today(), caseId).update();
        }
        auditLog.recordForCurrentUser("case." + action, "case", String.valueOf(caseId), AuditEntry.Outcome.SUCCESS,
                file.state() + " → " + transition.toState() + (note == null ? "" : ": " + note));
        return transition.toState();
    }

    /** The notice to the subject (Decree 30/2020 layout): its text for the timeline; the DOCX is archived. */
    String noticeLetter(CaseFile file, String actor, String actorAgencyCode) {
        LocalDate today = today();
        OfficialDocument letter = letters.notice(file, today, today.plusDays(contestDays), contestDays);
        events.publishEvent(new CaseLetters.LetterIssued(file.id(), "thong-bao-" + file.id(), letter, actor,
                actorAgencyCode));
        return PlainTextWriter.write(letter);
    }

    /** The request letter of a referral (Decree 30/2020 layout): its text for the timeline; the DOCX is archived. */
    String referralLetter(CaseFile file, String police, String note, String actor, String actorAgencyCode) {
        List<String> files = jdbc.sql("SELECT purpose || ': ' || file_name || ' (sha256 ' || sha256 || ')' "
                + "FROM case_attachment WHERE case_id = ? ORDER BY id").param(file.id()).query(String.class).list();
        OfficialDocument letter = letters.referral(file, police, note, today(), files);
        events.publishEvent(new CaseLetters.LetterIssued(file.id(), "cong-van-chuyen-cong-an-" + file.id(),
                letter, actor, actorAgencyCode));
        return PlainTextWriter.write(letter);
    }

    @Transactional
    void assign(long caseId, String officer, String actor, String actorAgencyCode) {
        CaseFile file = byId(caseId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (officer == null || officer.isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("officer", "required"));
        }
        jdbc.sql("UPDATE case_file SET officer = ?, updated_at = ? WHERE id = ?")
                .params(officer, Timestamp.from(clock.instant()), caseId).update();
        event(caseId, actor, actorAgencyCode, "assigned", file.state(), file.state(), officer);
        auditLog.recordForCurrentUser("case.assign", "case", String.valueOf(caseId), AuditEntry.Outcome.SUCCESS,
                "officer=" + officer);
    }

    /**
     * Extends a legal deadline within what the law allows the case ({@code deadline_extension_rule}:
     * how often, by how much), only with a recorded reason.
     */
    @Transactional
    void extend(long caseId, String ruleCode, int amount, String reason, String actor, String actorAgencyCode) {
        if (reason == null || reason.isBlank()) {
            throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
        }
        CaseFile file = byId(caseId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        Deadline deadline = deadlines(caseId).stream().filter(d -> d.code().equals(ruleCode)).findFirst()
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (deadline.metOn() != null) {
            throw new PhoihopException(ErrorCode.CASEWORK_TRANSITION_NOT_ALLOWED, Map.of("deadline", "met"));
        }
        String complexity = file.classification().complexity();
        LegalDeadlines.ExtensionRule rule = legalDeadlines.extensionRule(ruleCode, complexity)
                .orElseThrow(() -> new PhoihopException(ErrorCode.CASEWORK_EXTENSION_NOT_ALLOWED,
                        Map.of("deadline", ruleCode, "complexity", complexity, "article", deadline.article())));
        int granted = legalDeadlines.extensionsGranted(caseId, ruleCode);
        if (granted >= rule.maxTimes()) {
            throw new PhoihopException(ErrorCode.CASEWORK_EXTENSION_NOT_ALLOWED, Map.of("deadline", ruleCode,
                    "granted", String.valueOf(granted), "max_times", String.valueOf(rule.maxTimes()),
                    "article", rule.article()));
        }
        if (amount < 1 || amount > rule.maxAmount()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("amount",
                    "1.." + rule.maxAmount() + " " + rule.unit() + " (" + rule.article() + ")"));
        }
        jdbc.sql("""
                INSERT INTO case_deadline_extension (case_id, rule_code, amount, unit, reason, actor, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, ruleCode, amount, rule.unit(), reason, actor, Timestamp.from(clock.instant())).update();
        LocalDate newDue = legalDeadlines.plus(deadline.dueOn(), amount, rule.unit());
        jdbc.sql("""
                UPDATE case_deadline SET due_on = ?, extended_reason = ?, escalated = FALSE, escalated_to = NULL
                WHERE case_id = ? AND rule_code = ?""")
                .params(newDue, reason, caseId, ruleCode).update();
        event(caseId, actor, actorAgencyCode, "deadline_extended", null, null, ruleCode + " " + deadline.dueOn()
                + " → " + newDue + " (+" + amount + " " + rule.unit() + ", " + rule.article() + "): " + reason);
        auditLog.recordForCurrentUser("case.deadline.extend", "case", String.valueOf(caseId),
                AuditEntry.Outcome.SUCCESS, ruleCode + " → " + newDue + ": " + reason);
    }

    /**
     * Records what the law makes the deadlines depend on (complexity, remote area, second
     * complaint) and recounts every open deadline of the case from its start, with its variant
     * and the extensions already granted.
     */
    @Transactional
    void classify(long caseId, LegalDeadlines.Classification classification, String reason, String actor,
            String actorAgencyCode) {
        if (reason == null || reason.isBlank()) {
            throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
        }
        CaseFile file = byId(caseId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        jdbc.sql("UPDATE case_file SET complexity = ?, remote_area = ?, attempt = ?, updated_at = ? WHERE id = ?")
                .params(classification.complexity(), classification.remoteArea(), classification.attempt(),
                        Timestamp.from(clock.instant()), caseId).update();
        StringBuilder changes = new StringBuilder();
        for (Deadline d : deadlines(caseId)) {
            if (d.metOn() != null || d.code().equals("notice.contest")) {
                continue;
            }
            LegalDeadlines.Period period = legalDeadlines.period(d.code(), classification);
            LocalDate due = legalDeadlines.dueOn(caseId, d.code(), period, d.startsOn());
            jdbc.sql("""
                    UPDATE case_deadline SET due_on = ?, amount = ?, unit = ?, article = ?,
                        escalated = escalated AND due_on = ?
                    WHERE case_id = ? AND rule_code = ?""")
                    .params(due, period.amount(), period.unit(), period.article(), due, caseId, d.code()).update();
            if (!due.equals(d.dueOn())) {
                changes.append("; ").append(d.code()).append(' ').append(d.dueOn()).append(" → ").append(due)
                        .append(" (").append(period.article()).append(')');
            }
        }
        String summary = classification.complexity() + (classification.remoteArea() ? ", remote_area" : "")
                + (classification.attempt() == 2 ? ", second_time" : "");
        event(caseId, actor, actorAgencyCode, "classified", file.state(), file.state(),
                summary + changes + ": " + reason);
        auditLog.recordForCurrentUser("case.classify", "case", String.valueOf(caseId), AuditEntry.Outcome.SUCCESS,
                summary + changes + ": " + reason);
    }

    /**
     * Escalates every open deadline past its due date to a named supervisor: a SUPERVISOR of the
     * case's agency other than its officer (else the officer, else a supervisor of the parent
     * agency); the supervisor is recorded on the deadline and the case, and notified.
     */
    @Transactional
    int escalateOverdue() {
        LocalDate today = today();
        List<Map<String, Object>> overdue = jdbc.sql("""
                SELECT case_id, rule_code, due_on FROM case_deadline
                WHERE met_on IS NULL AND NOT escalated AND due_on < ? ORDER BY case_id, rule_code""")
                .param(today).query().listOfRows();
        for (Map<String, Object> row : overdue) {
            long caseId = ((Number) row.get("case_id")).longValue();
            CaseFile file = byId(caseId).orElseThrow();
            Optional<UserAccounts.Person> supervisor = supervisorOf(file);
            String to = supervisor.map(UserAccounts.Person::username).orElse(null);
            String name = supervisor.map(p -> p.displayName() + " (" + p.username() + ")")
                    .orElse("lãnh đạo " + file.agencyCode());
            jdbc.sql("UPDATE case_deadline SET escalated = TRUE, escalated_to = ? WHERE case_id = ? AND rule_code = ?")
                    .params(to, caseId, row.get("rule_code")).update();
            jdbc.sql("UPDATE case_file SET escalated = TRUE, escalated_to = ? WHERE id = ?").params(to, caseId)
                    .update();
            event(caseId, "system", null, "escalated", null, null,
                    row.get("rule_code") + " quá hạn " + row.get("due_on") + " — chuyển " + name);
            notifications.notify(file.agencyCode(), "case_overdue",
                    name + " lưu ý: hồ sơ " + caseId + " quá hạn " + row.get("rule_code") + " (" + row.get("due_on")
                            + ")",
                    "For " + name + ": case " + caseId + " is overdue on " + row.get("rule_code") + " ("
                            + row.get("due_on") + ")",
                    "/casework/cases/" + caseId);
            auditLog.recordForCurrentUser("case.escalate", "case", String.valueOf(caseId),
                    AuditEntry.Outcome.SUCCESS, row.get("rule_code") + " overdue since " + row.get("due_on")
                            + " → " + (to == null ? "no supervisor in " + file.agencyCode() : to));
        }
        return overdue.size();
    }

    /**
     * The supervisor a case's overdue deadline goes to: a lead of the agency (SUPERVISOR without
     * OFFICER) first, then any other SUPERVISOR who is not the case's officer, then the officer
     * if they are the only one, then a SUPERVISOR of the parent agency.
     */
    Optional<UserAccounts.Person> supervisorOf(CaseFile file) {
        List<UserAccounts.Person> supervisors = users.holding(file.agencyCode(), Role.SUPERVISOR);
        Set<String> officers = users.holding(file.agencyCode(), Role.OFFICER).stream()
                .map(UserAccounts.Person::username).collect(java.util.stream.Collectors.toSet());
        java.util.Comparator<UserAccounts.Person> leadsFirst = java.util.Comparator
                .comparing((UserAccounts.Person p) -> p.username().equals(file.officer()))
                .thenComparing(p -> officers.contains(p.username()))
                .thenComparing(UserAccounts.Person::username);
        Optional<UserAccounts.Person> inAgency = supervisors.stream().min(leadsFirst);
        if (inAgency.isPresent()) {
            return inAgency;
        }
        return agencies.parentOf(file.agencyCode())
                .flatMap(parent -> users.holding(parent.code(), Role.SUPERVISOR).stream().findFirst());
    }

    void event(long caseId, String actor, String agencyCode, String kind, String from, String to, String note) {
        jdbc.sql("""
                INSERT INTO case_event (case_id, at, actor, agency_code, kind, from_state, to_state, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(clock.instant()), actor, agencyCode, kind, from, to, note).update();
    }

    @Override
    @Transactional
    public long confirmFinding(long findingId, String note, String actor, String agencyCode) {
        Findings.Finding finding = findings.byId(findingId)
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (finding.status() != Findings.Status.OPEN) {
            throw new PhoihopException(ErrorCode.CASEWORK_ALREADY_DECIDED, Map.of("status", finding.status().dbValue()));
        }
        String type = caseTypeOfRule(finding.rule()).orElse("data_correction");
        long caseId = open(type, "in_progress", finding.rule() + ": " + finding.detail(), finding.subject(),
                finding.provinceCode(), agencyCode, actor, findingId);
        if (!findings.decide(findingId, Findings.Status.CONFIRMED, note, actor, caseId)) {
            throw new PhoihopException(ErrorCode.CASEWORK_ALREADY_DECIDED);
        }
        return caseId;
    }

    @Override
    public Map<String, Long> countBySubject(String provinceCode, Set<String> types) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (types.isEmpty()) {
            return counts;
        }
        List<Object> params = new java.util.ArrayList<>(types);
        params.add(provinceCode);
        jdbc.sql("SELECT subject, count(*) AS n FROM case_file WHERE case_type IN ("
                        + String.join(",", types.stream().map(t -> "?").toList())
                        + ") AND province_code = ? AND subject IS NOT NULL GROUP BY subject ORDER BY subject")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("subject"), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    @Override
    public Optional<String> state(long caseId) {
        return byId(caseId).map(CaseFile::state);
    }

    Optional<CaseFile> byId(long id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = ?").param(id)
                .query((rs, row) -> new CaseFile(rs.getLong("id"), rs.getString("case_type"), rs.getString("state"),
                        rs.getString("province_code"), rs.getString("agency_code"), rs.getString("officer"),
                        rs.getString("subject"), rs.getString("title"), (Long) rs.getObject("finding_id"),
                        rs.getBoolean("escalated"), rs.getString("referred_to"), rs.getString("opened_by"),
                        rs.getTimestamp("opened_at").toInstant().toString(),
                        new LegalDeadlines.Classification(rs.getString("complexity"), rs.getBoolean("remote_area"),
                                rs.getInt("attempt")),
                        rs.getString("escalated_to")))
                .optional();
    }

    /** Cases about one subject (a person's identifier) in a province (all if null), newest first. */
    List<CaseFile> naming(String provinceCode, String subject) {
        return jdbc.sql("SELECT id FROM case_file WHERE subject = ? AND (CAST(? AS VARCHAR) IS NULL OR province_code = ?)"
                + " ORDER BY id DESC LIMIT 200")
                .params(subject, provinceCode, provinceCode).query(Long.class).list().stream()
                .map(id -> byId(id).orElseThrow()).toList();
    }

    List<CaseFile> ofAgency(String agencyCode) {
        return jdbc.sql("""
                SELECT id FROM case_file WHERE agency_code = ? OR referred_to = ?
                  OR id IN (SELECT case_id FROM case_participant WHERE agency_code = ?)
                ORDER BY id DESC LIMIT 200""")
                .params(agencyCode, agencyCode, agencyCode).query(Long.class).list().stream()
                .map(id -> byId(id).orElseThrow()).toList();
    }

    /** The open cases whose overdue deadline was escalated to this person. */
    List<CaseFile> escalatedTo(String username) {
        return jdbc.sql("""
                SELECT id FROM case_file WHERE escalated_to = ? AND escalated AND state <> 'closed'
                ORDER BY id DESC LIMIT 200""")
                .param(username).query(Long.class).list().stream().map(id -> byId(id).orElseThrow()).toList();
    }

    List<Event> timeline(long caseId) {
        return jdbc.sql("SELECT * FROM case_event WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, row) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant().toString(),
                        rs.getString("actor"), rs.getString("agency_code"), rs.getString("kind"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("note")))
                .list();
    }

    List<Deadline> deadlines(long caseId) {
        return jdbc.sql("""
                SELECT d.rule_code, d.starts_on, d.due_on, d.met_on, d.extended_reason, d.escalated, d.escalated_to,
                    r.label_vi, r.label_en, coalesce(d.article, r.article) AS article,
                    coalesce(d.amount, r.amount) AS amount, coalesce(d.unit, r.unit) AS unit,
                    (SELECT count(*) FROM case_deadline_extension e
                      WHERE e.case_id = d.case_id AND e.rule_code = d.rule_code) AS extensions,
                    (SELECT x.max_times || ' × ≤ ' || x.max_amount || ' ' || x.unit || ' — ' || x.article
                       FROM deadline_extension_rule x
                      WHERE x.rule_code = d.rule_code AND x.complexity IN (c.complexity, '*')
                      ORDER BY x.complexity = '*' LIMIT 1) AS extension_rule
                FROM case_deadline d JOIN deadline_rule r ON r.code = d.rule_code JOIN case_file c ON c.id = d.case_id
                WHERE d.case_id = ? ORDER BY d.due_on, d.rule_code""")
                .param(caseId)
                .query((rs, row) -> new Deadline(rs.getString("rule_code"), rs.getString("label_vi"),
                        rs.getString("label_en"), rs.getString("article"), rs.getInt("amount"), rs.getString("unit"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("met_on", LocalDate.class), rs.getString("extended_reason"),
                        rs.getBoolean("escalated"), rs.getString("escalated_to"), rs.getInt("extensions"),
                        rs.getString("extension_rule")))
                .list();
    }

    /**
     * The Penal Code thresholds (table {@code penal_threshold}) of an evasion or fraud case
     * compared with its finding's amount and months: a check for the officer, not a decision.
     */
    List<Map<String, Object>> penalCheck(CaseFile file) {
        if (!Set.of("evasion", "fraud").contains(file.type()) || file.findingId() == null) {
            return List.of();
        }
        Findings.Finding finding = findings.byId(file.findingId()).orElse(null);
        Long amount = finding == null ? null : finding.amountVnd();
        Integer months = finding == null ? null : finding.months();
        return jdbc.sql("SELECT * FROM penal_threshold WHERE case_type = ? ORDER BY code").param(file.type())
                .query((rs, row) -> {
                    long min = rs.getLong("min_vnd");
                    Long max = (Long) rs.getObject("max_vnd");
                    Integer minMonths = (Integer) rs.getObject("min_months");
                    boolean amountIn = amount != null && amount >= min && (max == null || amount < max);
                    boolean monthsIn = minMonths == null || (months != null && months >= minMonths);
                    Map<String, Object> check = new LinkedHashMap<>();
                    check.put("code", rs.getString("code"));
                    check.put("article", rs.getString("article"));
                    check.put("min_vnd", min);
                    check.put("max_vnd", max);
                    check.put("min_months", minMonths);
                    check.put("amount_vnd", amount);
                    check.put("months", months);
                    check.put("amount_and_months_in_range", amountIn && monthsIn);
                    check.put("other_conditions_vi", rs.getString("other_conditions_vi"));
                    check.put("other_conditions_en", rs.getString("other_conditions_en"));
                    return check;
                }).list();
    }

    @Transactional
    void addParticipant(long caseId, String agencyCode, String note, String actor, String actorAgencyCode) {
        if (agencyCode == null || agencies.byCode(agencyCode).isEmpty()) {
            throw new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY);
        }
        int added = jdbc.sql("""
                INSERT INTO case_participant (case_id, agency_code, note, added_by, added_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (case_id, agency_code) DO NOTHING""")
                .params(caseId, agencyCode, note, actor, Timestamp.from(clock.instant())).update();
        if (added == 1) {
            event(caseId, actor, actorAgencyCode, "participant_added", null, null,
                    agencyCode + (note == null ? "" : ": " + note));
            auditLog.recordForCurrentUser("case.participant.add", "case", String.valueOf(caseId),
                    AuditEntry.Outcome.SUCCESS, agencyCode);
        }
    }

    List<String> participants(long caseId) {
        return jdbc.sql("SELECT agency_code FROM case_participant WHERE case_id = ? ORDER BY agency_code")
                .param(caseId).query(String.class).list();
    }

    Optional<String> caseTypeOfRule(String rule) {
        return jdbc.sql("SELECT case_type FROM rule_case_type WHERE rule = ?").param(rule).query(String.class)
                .optional();
    }

    Map<String, Object> body(CaseFile file) {
        LocalDate today = today();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", file.id());
        body.put("type", file.type());
        body.put("state", file.state());
        body.put("province", file.provinceCode());
        body.put("agency", file.agencyCode());
        body.put("officer", file.officer());
        body.put("subject", file.subject());
        body.put("title", file.title());
        body.put("finding_id", file.findingId());
        body.put("escalated", file.escalated());
        body.put("escalated_to", file.escalatedTo());
        body.put("complexity", file.classification().complexity());
        body.put("remote_area", file.classification().remoteArea());
        body.put("attempt", file.classification().attempt());
        body.put("referred_to", file.referredTo());
        body.put("opened_by", file.openedBy());
        body.put("opened_at", file.openedAt());
        body.put("participants", participants(file.id()));
        body.put("penal_check", penalCheck(file));
        body.put("allowed_actions", allowed(file.state()).stream().map(Transition::action).toList());
        body.put("timeline", timeline(file.id()).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at());
            m.put("actor", e.actor());
            m.put("agency", e.agencyCode());
            m.put("kind", e.kind());
            m.put("from", e.fromState());
            m.put("to", e.toState());
            m.put("note", e.note());
            return m;
        }).toList());
        body.put("deadlines", deadlines(file.id()).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("label_vi", d.labelVi());
            m.put("label_en", d.labelEn());
            m.put("article", d.article());
            m.put("rule", d.amount() + " " + d.unit());
            m.put("starts_on", d.startsOn().toString());
            m.put("due_on", d.dueOn().toString());
            m.put("met_on", d.metOn() == null ? null : d.metOn().toString());
            m.put("extended_reason", d.extendedReason());
            m.put("escalated", d.escalated());
            m.put("escalated_to", d.escalatedTo());
            m.put("extensions", d.extensions());
            m.put("extension_rule", d.extensionRule());
            m.put("badge", d.badge(today));
            return m;
        }).toList());
        return body;
    }
}
