package vn.phoihop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only the platform's own user may read: signing keys, the key that seals TOTP secrets. */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Writes {@code content} to {@code file} readable by the owner only (rw-------, set before any
     * byte is written) and moves it into place atomically, so no reader sees a partial file. On a
     * file system without POSIX permissions (Windows) the directory's permissions apply.
     */
    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions here: the directory's permissions apply
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
