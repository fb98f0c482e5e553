package vn.phoihop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import vn.phoihop.IntegrationTest;
import vn.phoihop.PhoihopHome;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.registry.Agencies;

/** {@code ./phoihop receipt verify FILE}: offline, with only the public key in $PHOIHOP_HOME. */
@IntegrationTest
class ReceiptVerifyCommandTest {

    @Autowired
    Submissions submissions;

    @Autowired
    Agencies agencies;

    @Autowired
    PhoihopHome home;

    @TempDir
    Path directory;

    @Test
    void a_receipt_verifies_offline_and_a_changed_one_is_refused() throws Exception {
        Receipt receipt = submissions.submit(new Submissions.Submitter("thue", agencies.byCode("51.tax").orElseThrow()),
                "tax_employers", "thue-2026.csv", new ByteArrayInputStream(
                        "tax_code,fiscal_year,status,pit_employee_count,si_expense_deducted\n0101234567,2026,active,12,1.200.000\n"
                                .getBytes(StandardCharsets.UTF_8)), null, null);
        Path file = directory.resolve("receipt.jws");
        Files.writeString(file, receipt.signed());

        var out = new ByteArrayOutputStream();
        assertThat(verify(file, out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\": true")
                .contains("\"sha256\":\"" + receipt.sha256() + "\"").contains("\"status\":\"accepted\"");

        String[] parts = receipt.signed().split("\\.");
        Files.writeString(file, parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        var refused = new ByteArrayOutputStream();
        assertThat(verify(file, refused)).isEqualTo(1);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("\"valid\": false");
    }

    private int verify(Path file, ByteArrayOutputStream out) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        System.setProperty("phoihop.home", home.directory().toString());
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return new CommandLine(new PhoihopCli()).execute("receipt", "verify", file.toString());
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
            System.clearProperty("phoihop.home");
        }
    }
}
