package vn.phoihop.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.IntegrationTest;
import vn.phoihop.PhoihopHome;
import vn.phoihop.exchange.DatasetVersions;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.SubmissionStatus;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.registry.Agencies;

/**
 * What a kill -9 leaves behind, laid out as the crash would leave it (a submission row in
 * "validating", half an upload in the archive's incoming directory, a version file moved into
 * place whose row never committed, validation scratch files), then the start-up recovery.
 */
@IntegrationTest
class SubmissionRecoveryTest {

    @Autowired
    SubmissionRecovery recovery;

    @Autowired
    JdbcSubmissions submissions;

    @Autowired
    Submissions service;

    @Autowired
    DatasetVersions versions;

    @Autowired
    Agencies agencies;

    @Autowired
    PhoihopHome home;

    @Test
    void an_interrupted_submission_is_marked_failed_leaves_no_partial_version_and_can_be_retried_with_its_key()
            throws Exception {
        var finance = agencies.byCode("51.finance").orElseThrow();
        var submitter = new Submissions.Submitter("taichinh", finance);
        String key = "crash-" + UUID.randomUUID();
        UUID interrupted = UUID.randomUUID();
        submissions.insertReceived(new Submission(interrupted, "business_registry", "51", finance.id(),
                finance.code(), "taichinh", "big.csv", null, null, SubmissionStatus.RECEIVED, null, null, null, null,
                null, null, key, Instant.now(), null, null));
        submissions.markValidating(interrupted, "a".repeat(64), 123);
        int versionBefore = versions.latest("51", "business_registry").map(v -> v.version()).orElse(0);
        Path orphanVersion = home.resolve("datasets/51/business_registry/v" + (versionBefore + 1) + ".parquet");
        Files.createDirectories(orphanVersion.getParent());
        Files.writeString(orphanVersion, "half a parquet file");
        Path halfUpload = home.resolve("archive/incoming/" + UUID.randomUUID() + ".part");
        Files.createDirectories(halfUpload.getParent());
        Files.writeString(halfUpload, "tax_code,name");
        Path scratch = home.resolve("work/exchange/" + interrupted + "/business_registry.parquet");
        Files.createDirectories(scratch.getParent());
        Files.writeString(scratch, "scratch");

        recovery.afterPropertiesSet();

        Submission failed = submissions.byId(interrupted).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.failure()).contains("send it again");
        assertThat(orphanVersion).doesNotExist();
        assertThat(halfUpload).doesNotExist();
        assertThat(scratch).doesNotExist();
        assertThat(versions.latest("51", "business_registry").map(v -> v.version()).orElse(0)).isEqualTo(versionBefore);

        byte[] file = "tax_code,name,registered_on,status\n0101234567,Công ty A,2020-01-01,active\n"
                .getBytes(StandardCharsets.UTF_8);
        Receipt retried = service.submit(submitter, "business_registry", "big.csv", new ByteArrayInputStream(file),
                null, key);
        assertThat(retried.id()).isNotEqualTo(interrupted);
        assertThat(retried.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(versions.latest("51", "business_registry").orElseThrow().version()).isEqualTo(versionBefore + 1);
        Receipt again = service.submit(submitter, "business_registry", "big.csv", new ByteArrayInputStream(file),
                null, key);
        assertThat(again).isEqualTo(retried);
    }
}
