package vn.phoihop.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.phoihop.exchange.PersonRows;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The record of one insured person: what the platform holds about that identifier (accepted
 * dataset rows, findings and cases naming it). Served only on a legal basis decided by the access
 * policy — social security by its own, the police under an approved, unexpired request (QCPH
 * 01/2022 Điều 7.1.đ) — and every read, allowed or refused, is audited.
 */
@org.springframework.web.bind.annotation.RestController
@Tag(name = "Persons")
class PersonRecordController {

    private final Competence competence;
    private final PersonRows personRows;
    private final Findings findings;
    private final CaseService cases;
    private final CaseClassification classifications;
    private final AuditLog auditLog;

    PersonRecordController(Competence competence, PersonRows personRows, Findings findings, CaseService cases,
            CaseClassification classifications, AuditLog auditLog) {
        this.competence = competence;
        this.personRows = personRows;
        this.findings = findings;
        this.cases = cases;
        this.classifications = classifications;
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/persons/{id}")
    @Operation(summary = "An insured person's record (dataset rows, findings, cases); social security, or the police "
            + "under an approved, unexpired request; every read audited")
    Map<String, Object> get(@PathVariable String id) {
        return record(id);
    }

    Map<String, Object> record(String id) {
        if (!id.matches("[0-9]{12}|[0-9]{10}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("id", "12-digit personal id or 10-digit social insurance code"));
        }
        CurrentUser user = competence.user();
        AccessPolicy policy = competence.policy();
        AccessPolicy.PersonalDataAccess access = policy.personRecord(user, id);
        if (!access.identified()) {
            auditLog.recordForCurrentUser("person.read", "person", id, AuditEntry.Outcome.DENIED, "no legal basis");
            throw new PhoihopException(ErrorCode.ACCESS_NO_LEGAL_BASIS, Map.of("person", id));
        }
        String province = policy.provinceFilter(user);
        List<PersonRows.PersonRow> rows = personRows.about(province, id);
        List<Findings.Finding> named = findings.naming(province, id);
        List<CaseService.CaseFile> files = cases.naming(province, id).stream()
                .filter(f -> policy.cleared(user, classifications.ofCase(f.id()))).toList();
        auditLog.recordForCurrentUser("person.read", "person", id, AuditEntry.Outcome.SUCCESS,
                "basis: " + access.basis() + "; rows=" + rows.size() + " findings=" + named.size() + " cases="
                        + files.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person_id", id);
        body.put("basis", access.basis());
        body.put("rows", rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("province", r.provinceCode());
            m.put("dataset", r.dataset());
            m.put("version", r.version());
            m.put("fields", r.fields());
            return m;
        }).toList());
        body.put("findings", named.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("rule", f.rule());
            m.put("status", f.status().dbValue());
            m.put("province", f.provinceCode());
            m.put("detail", f.detail());
            return m;
        }).toList());
        body.put("cases", files.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("type", f.type());
            m.put("state", f.state());
            m.put("agency", f.agencyCode());
            m.put("title", f.title());
            return m;
        }).toList());
        return body;
    }
}
