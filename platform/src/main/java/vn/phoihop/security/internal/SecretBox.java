package vn.phoihop.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;

/**
 * Encrypts the TOTP secrets at rest (AES-256-GCM), so that a copy of the database alone does not
 * give anyone the second factors. The key comes from {@code phoihop.security.totp-key} (Base64 of
 * 32 bytes: environment {@code PHOIHOP_SECURITY_TOTP_KEY} or a secrets file), else from
 * {@code $PHOIHOP_HOME/keys/totp-secrets.key}, generated (owner-only) on first use — back it up
 * with the database.
 */
@Component
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    private final String configuredKey;
    private final PhoihopHome home;
    private SecretKeySpec key;

    SecretBox(@Value("${phoihop.security.totp-key:}") String configuredKey, PhoihopHome home) {
        this.configuredKey = configuredKey;
        this.home = home;
    }

    /** The key, read (or generated) at first use, not at start: tools that never touch a secret make no key file. */
    private synchronized SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = configuredKey.isBlank() ? keyFile(home.resolve("keys").resolve("totp-secrets.key"))
                    : Base64.getDecoder().decode(configuredKey.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("phoihop.security.totp-key must be Base64 of 32 bytes");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    String seal(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a TOTP secret does not open with this key (phoihop.security.totp-key)", e);
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            vn.phoihop.PrivateFiles.write(file, Base64.getEncoder().encodeToString(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
