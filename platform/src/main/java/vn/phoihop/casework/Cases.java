package vn.phoihop.casework;

import java.util.Optional;

/** Cases as other modules (the demo) see them. */
public interface Cases {

    /** Opens a case in {@code agencyCode}, state "received", with the legal deadlines of its type. */
    long open(String type, String title, String subject, String provinceCode, String agencyCode, String openedBy);

    /** Applies an action of the state machine on behalf of {@code actor}; returns the new state. */
    String act(long caseId, String action, String note, String toAgencyCode, String actor, String actorAgencyCode);

    Optional<String> state(long caseId);

    /**
     * Confirms an open finding on behalf of {@code actor} of {@code agencyCode} (the caller checks
     * competence) and opens its case in state "in_progress"; returns the case id.
     */
    long confirmFinding(long findingId, String note, String actor, String agencyCode);

    /**
     * How many cases of {@code types} each subject has in {@code provinceCode} (subject → count);
     * inspection counts complaints and denunciations about an employer in its risk score.
     */
    java.util.Map<String, Long> countBySubject(String provinceCode, java.util.Set<String> types);

    /** How many cases exist (the demo seeds once). */
    long count();
}
