package vn.phoihop.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.exchange.ReceiptSignatures;

/**
 * Signs receipts with the platform's key: the JWK file named by {@code PHOIHOP_RECEIPT_KEY_FILE}
 * (EC P-256 or RSA), else {@code $PHOIHOP_HOME/keys/receipt-signing.jwk}, generated (EC P-256) on
 * first start. The public half is written next to it so that receipts can be checked offline.
 */
@Component
class ReceiptSigner {

    private final JWK key;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;

    ReceiptSigner(PhoihopHome home, Environment environment, Clock clock) {
        try {
            String configured = environment.getProperty("phoihop.receipt.key-file",
                    environment.getProperty("PHOIHOP_RECEIPT_KEY_FILE", ""));
            Path publicFile = home.resolve(ReceiptSignatures.PUBLIC_KEY_FILE);
            if (!configured.isBlank()) {
                key = JWK.parse(Files.readString(Path.of(configured), StandardCharsets.UTF_8));
            } else {
                Path privateFile = home.resolve(ReceiptSignatures.PRIVATE_KEY_FILE);
                if (Files.exists(privateFile)) {
                    key = JWK.parse(Files.readString(privateFile, StandardCharsets.UTF_8));
                } else {
                    String keyId = "phoihop-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                            .format(clock.instant().atOffset(ZoneOffset.UTC));
                    key = new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
                    vn.phoihop.PrivateFiles.write(privateFile, key.toJSONString());
                }
            }
            if (!key.isPrivate()) {
                throw new IllegalStateException("the receipt key must contain its private part");
            }
            if (key instanceof ECKey ec) {
                signer = new ECDSASigner(ec);
                algorithm = JWSAlgorithm.ES256;
            } else if (key instanceof RSAKey rsa) {
                signer = new RSASSASigner(rsa);
                algorithm = JWSAlgorithm.RS256;
            } else {
                throw new IllegalStateException("receipt key must be EC P-256 or RSA, not " + key.getKeyType());
            }
            Files.createDirectories(publicFile.getParent());
            Files.writeString(publicFile, key.toPublicJWK().toJSONString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the receipt-signing key", e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the receipt-signing key is not usable: " + e.getMessage(), e);
        }
    }

    String sign(String receiptJson) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(key.getKeyID())
                .type(new JOSEObjectType(ReceiptSignatures.TYPE)).build(), new Payload(receiptJson));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a receipt", e);
        }
        return jws.serialize();
    }

    JWK publicKey() {
        return key.toPublicJWK();
    }
}
