package vn.phoihop.exchange;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;

/**
 * Checks a signed receipt (compact JWS) against the platform's public key. Needs no database and
 * no server: {@code ./phoihop receipt verify FILE} uses it offline with the public key kept in
 * {@code $PHOIHOP_HOME/keys}.
 */
public final class ReceiptSignatures {

    /** Where the platform keeps its receipt-signing key pair, relative to {@code $PHOIHOP_HOME}. */
    public static final String PRIVATE_KEY_FILE = "keys/receipt-signing.jwk";
    public static final String PUBLIC_KEY_FILE = "keys/receipt-signing.pub.jwk";
    public static final String TYPE = "phoihop-receipt+jws";

    /** What a check found: whether the signature holds, and the receipt JSON it covers. */
    public record Verification(boolean valid, String keyId, String receiptJson, String problem) {
    }

    private ReceiptSignatures() {
    }

    public static JWK readPublicKey(Path file) throws IOException {
        try {
            return JWK.parse(Files.readString(file, StandardCharsets.UTF_8)).toPublicJWK();
        } catch (ParseException e) {
            throw new IOException("not a JSON Web Key: " + file, e);
        }
    }

    public static Verification verify(String compactJws, JWK publicKey) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws.strip());
        } catch (ParseException e) {
            return new Verification(false, null, null, "not a compact JWS: " + e.getMessage());
        }
        String keyId = jws.getHeader().getKeyID();
        if (keyId != null && publicKey.getKeyID() != null && !keyId.equals(publicKey.getKeyID())) {
            return new Verification(false, keyId, null, "signed with another key: " + keyId);
        }
        Optional<JWSVerifier> verifier = verifierFor(publicKey);
        if (verifier.isEmpty()) {
            return new Verification(false, keyId, null, "unsupported key type " + publicKey.getKeyType());
        }
        try {
            if (!jws.verify(verifier.get())) {
                return new Verification(false, keyId, null, "the signature does not match");
            }
        } catch (JOSEException e) {
            return new Verification(false, keyId, null, "cannot verify: " + e.getMessage());
        }
        return new Verification(true, keyId, jws.getPayload().toString(), null);
    }

    private static Optional<JWSVerifier> verifierFor(JWK key) {
        try {
            if (key instanceof ECKey ec) {
                return Optional.of(new ECDSAVerifier(ec.toPublicJWK()));
            }
            if (key instanceof RSAKey rsa) {
                return Optional.of(new RSASSAVerifier(rsa.toPublicJWK()));
            }
        } catch (JOSEException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
