package vn.phoihop.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Joint inspections (thanh tra, kiểm tra liên ngành) as other modules (the demo) see them. Every
 * method acts on behalf of an {@link Actor} and checks that its agency may do it: the lead agency
 * builds the plan and conducts the inspection, invited agencies answer their invitation and take
 * part. Every change is audited.
 */
public interface Inspections {

    /** Who acts: the person and their agency. */
    record Actor(String username, String agencyCode) {
    }

    /** A yearly plan of {@code level} "province" (QCPH 1619 Điều 18.1) or "central" (Điều 7.1). */
    record NewPlan(int year, String level, String provinceCode, String title) {
    }

    /** One inspection: target employer (tax or unit code and name), scope, period, month. */
    record NewInspection(String typeCode, String targetCode, String targetName, String scope, LocalDate periodFrom,
            LocalDate periodTo, int plannedMonth, BigDecimal riskScore) {
    }

    /** A record (biên bản) of a session of the inspection. */
    record NewRecord(LocalDate heldOn, String place, String content, String employerRepresentative) {
    }

    /** A violation found, its legal basis and the amount to recover (truy thu). */
    record Violation(String description, String legalBasis, long amountToRecoverVnd) {
    }

    /**
     * A recommendation (kiến nghị) followed to done by {@code responsibleAgency} by {@code dueOn};
     * {@code followUp} "sanction" opens a case, "refer_police" opens (or, with {@code caseId},
     * updates) a case and refers it to the police.
     */
    record Recommendation(String text, String addressee, String responsibleAgency, LocalDate dueOn, long amountVnd,
            String followUp, Long caseId) {
    }

    /**
     * The conclusion (kết luận): result "compliant" or "violation", a summary sent to the parties,
     * and {@code unpublishedContent} that the inspection law keeps unpublished (QCPH 1619 Điều 7.3).
     */
    record Conclusion(String number, LocalDate concludedOn, String summary, String unpublishedContent,
            String signerName, String signerTitle, List<Violation> violations,
            List<Recommendation> recommendations) {
        public Conclusion {
            violations = violations == null ? List.of() : List.copyOf(violations);
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    /** An employer worth inspecting: its code (the enterprise's tax code), name and risk score. */
    record CandidateRef(String targetCode, String name, BigDecimal score) {
    }

    /** The employers of a province ranked by risk score for inspections in {@code year}, highest first. */
    List<CandidateRef> candidates(int year, String provinceCode);

    long createPlan(NewPlan plan, Actor actor);

    /** The plan of this year, level, province and lead agency, if one exists. */
    Optional<Long> planOf(int year, String level, String provinceCode, String leadAgency);

    long addInspection(long planId, NewInspection inspection, Actor actor);

    /** An ad-hoc inspection outside any plan (QCPH 1619 Điều 7.2, 18.4); the reason is required. */
    long addAdhocInspection(String reason, String provinceCode, NewInspection inspection, Actor actor);

    /** Sends the plan to partner agencies for comments (all member agencies when {@code agencies} is empty). */
    void consult(long planId, List<String> agencies, Actor actor);

    void comment(long planId, String body, Actor actor);

    void approve(long planId, Actor actor);

    /** Publishes the plan to its parties (notifications) and fulfils the plan-exchange obligation. */
    void publish(long planId, Actor actor);

    /** Invites an agency to send a member to the team. */
    void invite(long inspectionId, String agencyCode, Actor actor);

    /** The invited agency confirms (naming its member) or declines (with a reason). */
    void answer(long inspectionId, boolean confirm, String memberName, String note, Actor actor);

    void start(long inspectionId, Actor actor);

    /** Records one checklist item's result: "compliant", "violation" or "not_applicable". */
    void check(long inspectionId, long itemId, String result, String note, Actor actor);

    long addRecord(long inspectionId, NewRecord record, Actor actor);

    void conclude(long inspectionId, Conclusion conclusion, Actor actor);

    /** Marks a recommendation done, with what was recovered. */
    void completeRecommendation(long recommendationId, String note, long recoveredVnd, LocalDate doneOn, Actor actor);

    /** The recommendation ids of an inspection, by due date. */
    List<Long> recommendationsOf(long inspectionId);

    /** The checklist item ids of an inspection's type, in order. */
    List<Long> checklistOf(long inspectionId);
}
