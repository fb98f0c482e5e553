package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.read.DatasetLoad;
import vn.phoihop.engine.read.DatasetLoader;
import vn.phoihop.engine.read.FileLoad;
import vn.phoihop.engine.read.LoadProgress;
import vn.phoihop.engine.read.LoadStatus;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.SubmissionStatus;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The submission path: refuse who may not send → record "received" → archive the bytes →
 * "validating" → the engine's reader → in one transaction the new version, the final status and
 * the signed receipt → fulfil the obligation. Each step's status is committed before the next
 * starts, so a crash leaves a status that the next start turns into "failed".
 */
@Service
@DependsOn("submissionRecovery")
class SubmissionService implements Submissions {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FAILED_MESSAGE = "Nền tảng không hoàn tất được việc kiểm tra tệp; hãy gửi lại hoặc báo quản trị viên"
            + " / the platform could not finish checking the file; send it again or tell the administrator";

    private final JdbcSubmissions submissions;
    private final ContentArchive archive;
    private final VersionStore versions;
    private final ReceiptSigner signer;
    private final Entitlements entitlements;
    private final ObligationCalendar calendar;
    private final ExchangeSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ValidationProgress progress;

    SubmissionService(JdbcSubmissions submissions, ContentArchive archive, VersionStore versions,
            ReceiptSigner signer, Entitlements entitlements, ObligationCalendar calendar, ExchangeSettings settings,
            AuditLog audit, TransactionTemplate transaction, Clock clock, ValidationProgress progress) {
        this.submissions = submissions;
        this.archive = archive;
        this.versions = versions;
        this.signer = signer;
        this.entitlements = entitlements;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public java.util.Set<String> providerRoles(String datasetCode, String provinceCode, LocalDate day) {
        return Catalog.byCode(datasetCode).map(d -> entitlements.providerRoles(d, provinceCode, day.getYear()))
                .orElse(java.util.Set.of());
    }

    @Override
    public Receipt submit(Submitter submitter, String datasetCode, String fileName, InputStream content,
            Long obligationId, String idempotencyKey) {
        Dataset dataset = Catalog.byCode(datasetCode == null ? "" : datasetCode)
                .orElseThrow(() -> new PhoihopException(ErrorCode.EXCHANGE_UNKNOWN_DATASET,
                        Map.of("dataset", String.valueOf(datasetCode))));
        Instant receivedAt = clock.instant();
        LocalDate day = LocalDate.ofInstant(receivedAt, VIETNAM);
        if (!entitlements.mayProvide(submitter.agency(), dataset, day)) {
            record(submitter, "exchange.submission.refused", dataset.code(), AuditEntry.Outcome.DENIED,
                    "not a provider of " + dataset.code());
            throw new PhoihopException(ErrorCode.EXCHANGE_NOT_PROVIDER, Map.of("dataset", dataset.code(),
                    "provider_roles", List.copyOf(entitlements.providerRoles(dataset,
                            submitter.agency().provinceCode(), day.getYear())),
                    "agency", submitter.agency().code()));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null) {
            Optional<Submission> earlier = submissions.byIdempotencyKey(submitter.username(), key);
            if (earlier.isPresent()) {
                return earlier.get().receipt();
            }
        }
        if (obligationId != null) {
            checkObligation(obligationId, submitter, dataset, day);
        }
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? dataset.code() : safeName(fileName);
        var received = new Submission(id, dataset.code(), submitter.agency().provinceCode(), submitter.agency().id(),
                submitter.agency().code(), submitter.username(), name, null, null, SubmissionStatus.RECEIVED, null,
                null, null, null, null, obligationId, key, receivedAt, null, null);
        try {
            submissions.insertReceived(received);
        } catch (DuplicateKeyException sameKeyAtTheSameTime) {
            return submissions.byIdempotencyKey(submitter.username(), key).orElseThrow().receipt();
        }
        record(submitter, "exchange.submission.received", id.toString(), AuditEntry.Outcome.SUCCESS,
                dataset.code() + " " + name);
        Path work = settings.workDirectory(id);
        try {
            ContentArchive.Stored stored = archive.store(content);
            submissions.markValidating(id, stored.sha256(), stored.bytes());
            FileLoad load = new DatasetLoader(settings.duckDb()).loadFile(dataset, stored.path(), name, work,
                    progressOf(id));
            Path kept = settings.submissionDirectory(id);
            Files.createDirectories(kept);
            Files.move(load.rejects(), kept.resolve("rejects.csv"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(load.warnings(), kept.resolve("warnings.csv"), StandardCopyOption.REPLACE_EXISTING);
            Receipt receipt = conclude(received, dataset, load.load(), kept, work);
            record(submitter, "exchange.submission." + receipt.status().dbValue(), id.toString(),
                    AuditEntry.Outcome.SUCCESS, dataset.code() + " sha256=" + receipt.sha256() + " rows="
                            + receipt.rowsRead() + " accepted=" + receipt.rowsAccepted());
            if (obligationId != null && receipt.status() != SubmissionStatus.REJECTED) {
                fulfil(obligationId, id, receivedAt);
            }
            return receipt;
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (OutOfMemoryError from a file with more keys than the heap holds): the
            // submission must not stay "validating" until the next start
            log.warn("Submission {} of {} failed", id, dataset.code(), e);
            submissions.finish(id, SubmissionStatus.FAILED, null, FAILED_MESSAGE + " (" + e + ")", clock.instant());
            record(submitter, "exchange.submission.failed", id.toString(), AuditEntry.Outcome.FAILURE, e.toString());
            if (e instanceof Error error) {
                throw error;
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            progress.forget(id);
            deleteQuietly(work);
        }
    }

    /** The final status, the new version and the signed receipt, committed together. */
    private Receipt conclude(Submission received, Dataset dataset, DatasetLoad load, Path kept, Path work) {
        SubmissionStatus status = load.status() != LoadStatus.LOADED ? SubmissionStatus.REJECTED
                : load.rowsRejected() > 0 ? SubmissionStatus.ACCEPTED_WITH_REJECTS : SubmissionStatus.ACCEPTED;
        String reason = status == SubmissionStatus.REJECTED ? wholeFileReason(kept.resolve("rejects.csv")) : null;
        return transaction.execute(tx -> {
            Instant at = clock.instant();
            if (load.parquet().isPresent() && load.rowsAccepted() > 0) {
                try {
                    versions.publish(received.provinceCode(), dataset, received.id(), load.parquet().get(),
                            load.rowsAccepted(), at, work);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            submissions.finish(received.id(), status, load, reason, at);
            Submission finished = submissions.byId(received.id()).orElseThrow();
            String jws = signer.sign(receiptJson(finished.receipt()));
            submissions.storeReceipt(received.id(), jws);
            return submissions.byId(received.id()).orElseThrow().receipt();
        });
    }

    /** The receipt as JSON, the fields of the API in that order; this is what the JWS signs. */
    static String receiptJson(Receipt r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", r.id().toString());
        fields.put("dataset", r.dataset());
        fields.put("sha256", r.sha256());
        fields.put("bytes", r.bytes());
        fields.put("rows_read", r.rowsRead());
        fields.put("rows_accepted", r.rowsAccepted());
        fields.put("rows_rejected", r.rowsRejected());
        fields.put("warnings", r.warnings());
        fields.put("submitted_by", r.submittedBy());
        fields.put("agency", r.agency());
        fields.put("received_at", r.receivedAt().toString());
        fields.put("status", r.status().dbValue());
        return JSON.writeValueAsString(fields);
    }

    private void checkObligation(long obligationId, Submitter submitter, Dataset dataset, LocalDate day) {
        ObligationInstance instance = calendar.byId(obligationId).orElseThrow(
                () -> new PhoihopException(ErrorCode.EXCHANGE_OBLIGATION_MISMATCH, Map.of("obligation_id", obligationId)));
        boolean sameDataset = dataset.code().equals(instance.dataset());
        boolean samePlace = submitter.agency().provinceCode() != null
                && submitter.agency().provinceCode().equals(instance.provinceCode());
        boolean owed = entitlements.providerRoles(dataset, instance.provinceCode(), instance.year())
                .contains(instance.fromRole());
        if (!sameDataset || !samePlace || !owed) {
            throw new PhoihopException(ErrorCode.EXCHANGE_OBLIGATION_MISMATCH, Map.of("obligation_id", obligationId,
                    "obligation_dataset", String.valueOf(instance.dataset()), "dataset", dataset.code()));
        }
    }

    private void fulfil(long obligationId, UUID submissionId, Instant receivedAt) {
        try {
            calendar.fulfil(obligationId, new FulfilmentRef(FulfilmentRef.Kind.SUBMISSION, submissionId.toString()),
                    receivedAt);
        } catch (PhoihopException alreadyClosed) {
            // fulfilled or waived before: the submission stands, the calendar keeps its first answer
            log.info("Obligation {} not marked by submission {}: {}", obligationId, submissionId,
                    alreadyClosed.errorCode().code());
        }
    }

    private static String wholeFileReason(Path rejects) {
        try {
            return IssueFile.read(rejects, 20).stream()
                    .map(i -> i.messageVi() + " / " + i.messageEn()).distinct().collect(Collectors.joining("; "));
        } catch (IOException e) {
            return "the file was not read";
        }
    }

    private LoadProgress progressOf(UUID id) {
        return (dataset, rowsSoFar) -> progress.rowsRead(id, rowsSoFar);
    }

    private void record(Submitter submitter, String action, String objectId, AuditEntry.Outcome outcome,
            String details) {
        audit.record(new AuditEntry(submitter.username(), submitter.agency().code(), action, "submission", objectId,
                outcome, details));
    }

    /** The sender's file name without any directory part, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }
}
