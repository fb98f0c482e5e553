package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.phoihop.IntegrationTest;

/**
 * Golden files: a business-registry file with every kind of bad row the reader knows for that
 * dataset, and the rejects the API must give for it, byte for byte (reviewed by hand when
 * written). A difference writes the actual output to target/golden-actual/ for review.
 */
@IntegrationTest
class GoldenRejectsTest {

    private static final String GOLDEN = "/exchange/golden/";

    @LocalServerPort
    int port;

    @Test
    void every_kind_of_bad_business_registry_row_gets_its_line_column_and_message() throws IOException {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "every_bad_row.csv",
                resource("business_registry_every_bad_row.csv"), null, null);

        JsonNode receipt = upload.body();
        assertThat(receipt.path("status").asString()).isEqualTo("accepted_with_rejects");
        assertThat(receipt.path("rows_read").asLong()).isEqualTo(13);
        assertThat(receipt.path("rows_accepted").asLong()).isEqualTo(2);
        String actual = client.download("/api/v1/submissions/" + receipt.path("id").asString() + "/rejects", token)
                .text();
        String expected = new String(resource("business_registry_every_bad_row.rejects.csv"), StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            Path out = Files.createDirectories(Path.of("target", "golden-actual"));
            Files.writeString(out.resolve("business_registry_every_bad_row.rejects.csv"), actual);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GoldenRejectsTest.class.getResourceAsStream(GOLDEN + name)) {
            if (in == null) {
                throw new AssertionError("golden file missing: " + GOLDEN + name);
            }
            return in.readAllBytes();
        }
    }
}
