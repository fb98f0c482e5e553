package vn.phoihop.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Who the request's user is for the exchange, and whether they may see a submission. */
@Component
class SubmissionAccess {

    private final JdbcSubmissions submissions;
    private final Entitlements entitlements;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessPolicy policy;

    SubmissionAccess(JdbcSubmissions submissions, Entitlements entitlements, AuditLog audit, Clock clock,
            AccessPolicy policy) {
        this.submissions = submissions;
        this.entitlements = entitlements;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    Submissions.Submitter submitter() {
        CurrentUser user = user();
        return new Submissions.Submitter(user.username(), user.agency());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SubmissionService.VIETNAM);
    }

    boolean mayRead(CurrentUser user, Submission submission) {
        return user.has(Role.ADMIN) || (policy.covers(user, submission.provinceCode())
                && entitlements.mayReceive(user.agency(), submission, today()));
    }

    String provinceFilter(CurrentUser user) {
        return policy.provinceFilter(user);
    }

    boolean covers(CurrentUser user, String province) {
        return policy.covers(user, province);
    }

    /** The submission, if the user's agency provided it or is entitled to receive it; else 404 or 403. */
    Submission readable(UUID id) {
        Submission submission = submissions.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CurrentUser user = user();
        if (!mayRead(user, submission)) {
            audit.recordForCurrentUser("exchange.submission.read", "submission", id.toString(),
                    AuditEntry.Outcome.DENIED, "");
            throw new PhoihopException(ErrorCode.EXCHANGE_NOT_ENTITLED, Map.of("submission", id.toString()));
        }
        return submission;
    }

    void recordDownload(Submission submission, String what) {
        audit.recordForCurrentUser("exchange.download." + what, "submission", submission.id().toString(),
                AuditEntry.Outcome.SUCCESS, submission.dataset() + " of " + submission.agencyCode());
    }
}
