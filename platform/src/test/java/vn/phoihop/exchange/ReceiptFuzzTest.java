package vn.phoihop.exchange;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * Fuzz target of the receipt check ({@code ./phoihop receipt verify}, the receipt endpoint): any
 * text is answered with a verification, never an exception, and nothing but a receipt signed by
 * the platform's key is valid. Runs in its own JVM (surefire execution {@code fuzz-targets}).
 */
class ReceiptFuzzTest {

    private static final ECKey KEY;

    static {
        try {
            KEY = new ECKeyGenerator(Curve.P_256).keyID("fuzz").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void receipt(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ReceiptSignatures.Verification verification = ReceiptSignatures.verify(text, KEY.toPublicJWK());
        if (verification == null) {
            throw new AssertionError("no verification for " + text);
        }
        if (verification.valid()) {
            throw new AssertionError("a receipt not signed by the platform's key verified: " + text);
        }
    }
}
