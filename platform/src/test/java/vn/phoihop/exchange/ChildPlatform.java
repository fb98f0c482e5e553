package vn.phoihop.exchange;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The platform in a child JVM with a bounded heap, as {@code ./phoihop demo} or {@code serve}
 * runs it, on a data directory of the test. Its embedded PostgreSQL is a separate process that
 * outlives a killed JVM: {@link #stopOrphanedPostgres} stops it the way an operator would.
 */
final class ChildPlatform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final Path home;
    final int port;
    Process process;

    ChildPlatform(Path home) throws IOException {
        this.home = home;
        this.port = freePort();
        Files.createDirectories(home);
    }

    /** Starts {@code mode} with {@code dataHome} as $PHOIHOP_HOME and waits until it answers. */
    Process start(String mode, Path dataHome, String maxHeap) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                maxHeap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "vn.phoihop.cli.PhoihopCli", mode, "--port", Integer.toString(port));
        builder.environment().put("PHOIHOP_HOME", dataHome.toString());
        builder.environment().put("PHOIHOP_ADMIN_PASSWORD", "child-platform-admin-password");
        builder.redirectErrorStream(true).redirectOutput(home.resolve(mode + ".log").toFile());
        process = builder.start();
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
        throw new AssertionError(mode + " did not start:\n" + Files.readString(home.resolve(mode + ".log")));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(); // SIGKILL on Unix
    }

    /** Peak resident memory of the child JVM so far (VmHWM), in MB; -1 where /proc is missing. */
    long peakResidentMegabytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    void stopOrphanedPostgres(Path dataHome) throws Exception {
        Path pid = dataHome.resolve("pgdata/postmaster.pid");
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

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
        stopOrphanedPostgres(home.resolve("demo"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
