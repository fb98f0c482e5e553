package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;

/**
 * The raw bytes of every file received, unchanged, under
 * {@code $PHOIHOP_HOME/archive/sha256/<first two hex digits>/<sha256>}. Content-addressed: the
 * same bytes sent twice are stored once, and a stored file is never overwritten. Bytes stream to
 * a temporary file while they are hashed, then move into place.
 */
@Component
class ContentArchive {

    record Stored(String sha256, long bytes, Path path) {
    }

    private final Path root;

    ContentArchive(PhoihopHome home) {
        this.root = home.resolve("archive");
    }

    Stored store(InputStream content) throws IOException {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temporary)) {
            bytes = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        Path target = path(hash);
        Files.createDirectories(target.getParent());
        try {
            // link(2) fails atomically when the target exists (rename would replace it): a stored
            // file is never overwritten, and the same bytes are kept once
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException sameBytesStoredBefore) {
            // nothing to do: the archive already holds exactly these bytes
        } finally {
            Files.delete(temporary);
        }
        return new Stored(hash, bytes, target);
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Deletes what a crash left half-written in the incoming directory. */
    int deleteIncomplete() throws IOException {
        Path incoming = root.resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.list(incoming)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
        }
        return deleted;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
