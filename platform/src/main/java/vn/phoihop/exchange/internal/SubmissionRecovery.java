package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * On start, before any submission is taken: what a stopped platform (kill -9, power loss) left
 * behind is cleared. Submissions still "received" or "validating" become "failed" (they can be
 * sent again, with the same idempotency key); half-written archive files, version files that
 * never got their row, and validation scratch space are deleted. Committed data is untouched.
 */
@Component("submissionRecovery")
@DependsOn("flywayInitializer")
class SubmissionRecovery implements InitializingBean {

    static final String INTERRUPTED = "Nền tảng đã dừng khi đang nhận hoặc kiểm tra tệp; hãy gửi lại"
            + " / the platform stopped while receiving or validating the file; send it again";
    private static final Logger log = LoggerFactory.getLogger(SubmissionRecovery.class);

    private final JdbcSubmissions submissions;
    private final ContentArchive archive;
    private final VersionStore versions;
    private final ExchangeSettings settings;
    private final Clock clock;

    SubmissionRecovery(JdbcSubmissions submissions, ContentArchive archive, VersionStore versions,
            ExchangeSettings settings, Clock clock) {
        this.submissions = submissions;
        this.archive = archive;
        this.versions = versions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            int failed = submissions.failInterrupted(INTERRUPTED, clock.instant());
            int partial = archive.deleteIncomplete();
            int orphans = versions.deleteUncommitted();
            SubmissionService.deleteQuietly(settings.workRoot());
            if (failed + partial + orphans > 0) {
                log.warn("Recovered after an interruption: {} submissions marked failed, {} partial uploads and {}"
                        + " uncommitted version files deleted", failed, partial, orphans);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear what an interrupted submission left", e);
        }
    }
}
