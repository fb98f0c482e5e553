package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;

/**
 * A real {@code kill -9}: the platform runs in a child JVM ({@code demo}), receives a population
 * file of 600 000 rows and is killed while it validates it. The embedded PostgreSQL it started
 * survives its parent (as it would on a server) and is stopped; then the platform starts again
 * ({@code serve} on the same data) and must report the submission failed, with no partial
 * version and no scratch left.
 */
class KillDuringValidationTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private final Path home = Path.of("target", "test-homes", "kill-" + UUID.randomUUID()).toAbsolutePath();
    private Process platform;

    @AfterEach
    void stop() throws Exception {
        if (platform != null && platform.isAlive()) {
            platform.destroy();
            platform.waitFor();
        }
        stopOrphanedPostgres();
    }

    @Test
    void a_platform_killed_during_validation_restarts_with_the_submission_failed_and_no_partial_version()
            throws Exception {
        Path file = Files.createDirectories(home).resolve("population.csv");
        writePopulation(file, 600_000);
        int port = freePort();
        platform = start("demo", home, port);
        Api api = new Api(port);
        String policeToken = api.token("congan", "demo");
        int versionsBefore = api.get("/api/v1/datasets/population/versions", policeToken).body().size();

        var client = new ExchangeClient(port);
        byte[] content = Files.readAllBytes(file);
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
            try {
                client.submit(policeToken, "population", "population.csv", content, "kill-test", null);
            } catch (AssertionError connectionLostAsExpected) {
                // the server dies under the request
            }
        });
        String id = waitUntilValidating(api, policeToken);
        platform.destroyForcibly().waitFor(); // SIGKILL
        upload.handle((ok, failure) -> null).get();
        Path scratch = home.resolve("demo/work/exchange/" + id);
        assertThat(scratch).exists();
        stopOrphanedPostgres();

        platform = start("serve", home.resolve("demo"), port);
        String token = api.token("congan", "demo");
        JsonNode submission = api.get("/api/v1/submissions/" + id, token).body();
        assertThat(submission.path("receipt").path("status").asString()).isEqualTo("failed");
        assertThat(submission.path("failure").asString()).contains("send it again");
        assertThat(submission.path("version").isNull()).isTrue();
        assertThat(api.get("/api/v1/datasets/population/versions", token).body().size()).isEqualTo(versionsBefore);
        assertThat(scratch).doesNotExist();
        try (var files = Files.list(home.resolve("demo/datasets/51/population"))) {
            assertThat(files.toList()).hasSize(versionsBefore);
        }
    }

    private String waitUntilValidating(Api api, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode validating = api.get("/api/v1/submissions?dataset=population&status=validating", token).body();
            if (validating.size() > 0) {
                String id = validating.get(0).path("id").asString();
                JsonNode one = api.get("/api/v1/submissions/" + id, token).body();
                if (one.path("rows_read_so_far").asLong(0) >= 100_000) {
                    return id;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the submission never reached validation");
    }

    private Process start(String mode, Path dataHome, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "vn.phoihop.cli.PhoihopCli", mode, "--port", Integer.toString(port));
        builder.environment().put("PHOIHOP_HOME", dataHome.toString());
        builder.environment().put("PHOIHOP_ADMIN_PASSWORD", "kill-test-admin-password");
        builder.redirectErrorStream(true).redirectOutput(home.resolve(mode + ".log").toFile());
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(mode + " did not start; see " + home.resolve(mode + ".log") + ":\n"
                + Files.readString(home.resolve(mode + ".log")));
    }

    /** The embedded PostgreSQL outlives a killed JVM; stop it the way an operator would (its postmaster.pid). */
    private void stopOrphanedPostgres() throws Exception {
        Path pid = home.resolve("demo/pgdata/postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.isEmpty()) {
            return;
        }
        var postgres = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (postgres.isPresent() && postgres.get().info().command().orElse("").endsWith("postgres")) {
            postgres.get().destroy();
            postgres.get().onExit().get();
        }
    }

    private static void writePopulation(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("personal_id,full_name,birth_date,gender\n");
            for (int i = 0; i < rows; i++) {
                int year = 50 + i % 49;
                out.write(String.format("0510%02d%06d,Nguyễn Văn An,19%02d-01-01,Nam%n", year, i, year));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
