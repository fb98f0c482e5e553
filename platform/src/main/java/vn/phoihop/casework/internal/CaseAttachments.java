package vn.phoihop.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.PhoihopHome;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.shared.document.DocxWriter;
import vn.phoihop.shared.document.PdfWriter;

/**
 * Files attached to a case, stored unchanged and content-addressed by SHA-256 under
 * {@code $PHOIHOP_HOME/casework/attachments}; at most {@code phoihop.casework.max-attachment-bytes}
 * (default 20 MB) each.
 */
@Component
class CaseAttachments {

    static final Set<String> PURPOSES = Set.of("contest", "inspection_record", "evidence", "other");

    record Attachment(long id, long caseId, String purpose, String fileName, String contentType, long bytes,
            String sha256, String addedBy, String agencyCode, String addedAt) {
    }

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Path directory;
    private final long maxBytes;

    CaseAttachments(JdbcClient jdbc, CaseService cases, AuditLog auditLog, Clock clock, PhoihopHome home,
            Environment environment) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
        this.directory = home.resolve("casework").resolve("attachments");
        this.maxBytes = environment.getProperty("phoihop.casework.max-attachment-bytes", Long.class, 20L << 20);
    }

    /** Archives a letter the case sent, as DOCX and PDF, exactly as issued (no separate timeline event). */
    @org.springframework.context.event.EventListener
    void archive(CaseLetters.LetterIssued letter) {
        store(letter.caseId(), "letter", letter.baseName() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new java.io.ByteArrayInputStream(DocxWriter.write(letter.document())), letter.actor(),
                letter.agencyCode(), false);
        store(letter.caseId(), "letter", letter.baseName() + ".pdf", "application/pdf",
                new java.io.ByteArrayInputStream(PdfWriter.write(letter.document())), letter.actor(),
                letter.agencyCode(), false);
    }

    @Transactional
    Attachment add(long caseId, String purpose, String fileName, String contentType, InputStream content,
            String actor, String agencyCode) {
        if (purpose == null || !PURPOSES.contains(purpose)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("purpose", "contest, inspection_record, evidence, other"));
        }
        return store(caseId, purpose, fileName, contentType, content, actor, agencyCode, true);
    }

    private Attachment store(long caseId, String purpose, String fileName, String contentType, InputStream content,
            String actor, String agencyCode, boolean timeline) {
        if (fileName == null || fileName.isBlank()) {
            throw new PhoihopException(ErrorCode.EXCHANGE_FILE_MISSING);
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (InputStream in = new DigestInputStream(content, sha)) {
                bytes = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (bytes > maxBytes) {
                Files.deleteIfExists(temporary);
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("file", "at most " + maxBytes + " bytes"));
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = directory.resolve(hash);
            if (Files.exists(target)) {
                Files.deleteIfExists(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
            long id = jdbc.sql("""
                    INSERT INTO case_attachment (case_id, purpose, file_name, content_type, bytes, sha256, added_by,
                        agency_code, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(caseId, purpose, name, contentType, bytes, hash, actor, agencyCode,
                            Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            if (timeline) {
                cases.event(caseId, actor, agencyCode, "attachment_added", null, null,
                        purpose + ": " + name + " (" + bytes + " B, sha256 " + hash.substring(0, 12) + "…)");
            }
            auditLog.recordForCurrentUser("case.attachment.add", "case", String.valueOf(caseId),
                    AuditEntry.Outcome.SUCCESS, purpose + " " + name + " sha256=" + hash);
            return byId(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Attachment> byId(long id) {
        return jdbc.sql("SELECT * FROM case_attachment WHERE id = ?").param(id).query((rs, row) -> new Attachment(
                rs.getLong("id"), rs.getLong("case_id"), rs.getString("purpose"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("bytes"), rs.getString("sha256"), rs.getString("added_by"),
                rs.getString("agency_code"), rs.getTimestamp("added_at").toInstant().toString())).optional();
    }

    List<Attachment> of(long caseId) {
        return jdbc.sql("SELECT id FROM case_attachment WHERE case_id = ? ORDER BY id").param(caseId)
                .query(Long.class).list().stream().map(id -> byId(id).orElseThrow()).toList();
    }

    Path file(Attachment attachment) {
        return directory.resolve(attachment.sha256());
    }

    static Map<String, Object> body(Attachment a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id());
        body.put("purpose", a.purpose());
        body.put("file_name", a.fileName());
        body.put("bytes", a.bytes());
        body.put("sha256", a.sha256());
        body.put("added_by", a.addedBy());
        body.put("agency", a.agencyCode());
        body.put("added_at", a.addedAt());
        return body;
    }
}
