package vn.phoihop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phoihop.PhoihopInfrastructure;

/**
 * The operator's tools on a real $PHOIHOP_HOME with its embedded PostgreSQL: create the
 * administrator, verify the audit chain, see verification fail after tampering, and see
 * {@code serve} refuse to start without an administrator.
 */
class CommandLineToolsTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void redirect() {
        System.setProperty("phoihop.home", home.toString());
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
        System.clearProperty("phoihop.home");
    }

    @Test
    void serve_refuses_to_start_without_an_administrator_and_says_how_to_create_one() {
        int exit = run("serve", "--port", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("PHOIHOP_ADMIN_PASSWORD").contains("./phoihop admin create");
    }

    @Test
    void audit_verify_passes_on_a_fresh_home_and_fails_after_tampering() throws Exception {
        System.setIn(new ByteArrayInputStream("mat-khau-quan-tri\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("admin", "create", "--password-stdin")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("administrator created: admin");

        out.reset();
        assertThat(run("audit", "verify")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"ok\": true").contains("\"first_broken\": null");

        try (EmbeddedPostgres postgres = PhoihopInfrastructure.startEmbedded(home.resolve("pgdata"));
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
            statement.execute("UPDATE audit_event SET actor = 'intruder' WHERE seq = 1");
        }

        out.reset();
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"ok\": false").contains("\"first_broken\": 1");
    }

    @Test
    void admin_create_refuses_a_second_account_with_the_same_name() {
        System.setIn(new ByteArrayInputStream("mat-khau-quan-tri\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("admin", "create", "--password-stdin")).isEqualTo(0);
        System.setIn(new ByteArrayInputStream("khac-nua\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("admin", "create", "--password-stdin")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("user exists: admin");
    }

    private int run(String... args) {
        return new CommandLine(new PhoihopCli()).execute(args);
    }
}
