package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;

/**
 * The platform in a child JVM: a real {@code kill -9} during validation and the restart, and
 * uploads of a quarter and of more than one gigabyte within a bounded heap.
 */
class KillDuringValidationTest {

    private ChildPlatform platform;

    @BeforeEach
    void prepare() throws IOException {
        platform = new ChildPlatform(Path.of("target", "test-homes", "child-" + UUID.randomUUID()).toAbsolutePath());
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
    }

    @Test
    void a_platform_killed_during_validation_restarts_with_the_submission_failed_and_no_partial_version()
            throws Exception {
        Path file = platform.home.resolve("population.csv");
        writePopulation(file, 600_000);
        platform.start("demo", platform.home, "-Xmx512m");
        Api api = new Api(platform.port);
        String policeToken = api.token("congan", "demo");
        int versionsBefore = api.get("/api/v1/datasets/population/versions", policeToken).body().size();

        var client = new ExchangeClient(platform.port);
        byte[] content = Files.readAllBytes(file);
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
            try {
                client.submit(policeToken, "population", "population.csv", content, "kill-test", null);
            } catch (AssertionError connectionLostAsExpected) {
                // the server dies under the request
            }
        });
        String id = waitUntilValidating(api, policeToken);
        platform.kill();
        upload.handle((ok, failure) -> null).get();
        Path dataHome = platform.home.resolve("demo");
        Path scratch = dataHome.resolve("work/exchange/" + id);
        assertThat(scratch).exists();
        platform.stopOrphanedPostgres(dataHome);

        platform.start("serve", dataHome, "-Xmx512m");
        String token = api.token("congan", "demo");
        JsonNode submission = api.get("/api/v1/submissions/" + id, token).body();
        assertThat(submission.path("receipt").path("status").asString()).isEqualTo("failed");
        assertThat(submission.path("failure").asString()).contains("send it again");
        assertThat(submission.path("version").isNull()).isTrue();
        assertThat(api.get("/api/v1/datasets/population/versions", token).body().size()).isEqualTo(versionsBefore);
        assertThat(scratch).doesNotExist();
        try (var files = Files.list(dataHome.resolve("datasets/51/population"))) {
            assertThat(files.toList()).hasSize(versionsBefore);
        }
    }

    @Test
    void a_file_of_a_quarter_gigabyte_is_accepted_by_a_platform_with_a_512_megabyte_heap() throws Exception {
        Path file = platform.home.resolve("population.csv");
        writePopulation(file, 4_000_000);
        assertThat(Files.size(file)).isGreaterThan(250L * 1024 * 1024);
        platform.start("demo", platform.home, "-Xmx512m");
        String token = new Api(platform.port).token("congan", "demo");

        ExchangeClient.Upload upload = new ExchangeClient(platform.port).submitFile(token, "population", file);

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.body().path("status").asString()).isEqualTo("accepted");
        assertThat(upload.body().path("rows_accepted").asLong()).isEqualTo(4_000_000);
        assertThat(upload.body().path("bytes").asLong()).isEqualTo(Files.size(file));
        long peak = platform.peakResidentMegabytes();
        System.out.println("Peak resident memory of the platform during a " + Files.size(file) / (1024 * 1024)
                + " MB upload: " + peak + " MB");
        // heap (512 MB) + DuckDB's own limit (512 MB) + the JVM's other memory: nowhere near the file
        // held in memory twice, as a multipart parser without disk spooling would
        if (peak > 0) {
            assertThat(peak).isLessThan(1_300);
        }
    }

    @Test
    void a_file_over_a_gigabyte_streams_through_a_platform_with_a_512_megabyte_heap() throws Exception {
        Path file = platform.home.resolve("business_registry.csv");
        int rows = writeBusinesses(file, 1L << 30);
        assertThat(Files.size(file)).isGreaterThan(1L << 30);
        platform.start("demo", platform.home, "-Xmx512m");
        String token = new Api(platform.port).token("taichinh", "demo");

        ExchangeClient.Upload upload = new ExchangeClient(platform.port).submitFile(token, "business_registry", file);

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.body().path("status").asString()).isEqualTo("accepted");
        assertThat(upload.body().path("rows_accepted").asLong()).isEqualTo(rows);
        assertThat(upload.body().path("bytes").asLong()).isEqualTo(Files.size(file));
        long peak = platform.peakResidentMegabytes();
        System.out.println("Peak resident memory of the platform during a " + Files.size(file) / (1024 * 1024)
                + " MB upload: " + peak + " MB");
        if (peak > 0) {
            assertThat(peak).isLessThan(1_300); // the file is more than a gigabyte: it never sat in memory
        }
        Files.delete(file);
    }

    /** Wide rows (long addresses) until the file passes {@code bytes}; returns the number of rows. */
    private static int writeBusinesses(Path file, long bytes) throws IOException {
        String address = "Thôn Phú Lộc, xã Tịnh Ấn Tây, tỉnh Quảng Ngãi; ".repeat(28);
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("tax_code,name,registered_on,status,status_since,province_code,address,legal_representative\n");
            long written = 0;
            while (written <= bytes) {
                String line = String.format("%010d,Công ty TNHH Thương mại số %d,2020-01-15,active,,51,\"%s%d\",Nguyễn Văn An%n",
                        4_300_000_000L + rows, rows, address, rows);
                out.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
                rows++;
            }
        }
        return rows;
    }

    private static String waitUntilValidating(Api api, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode validating = api.get("/api/v1/submissions/in-progress", token).body();
            if (validating.size() > 0 && validating.get(0).path("rows_read_so_far").asLong(0) >= 100_000) {
                String id = validating.get(0).path("id").asString();
                assertThat(api.get("/api/v1/submissions/" + id, token).body().path("receipt").path("status")
                        .asString()).isEqualTo("validating");
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the submission never reached validation");
    }

    /** Rows of made-up women born 1950–1998 whose personal ids agree with their birth year and gender (century digit 1). */
    private static void writePopulation(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("personal_id,full_name,birth_date,gender,province_code,commune_code\n");
            for (int i = 0; i < rows; i++) {
                int year = 50 + i % 49;
                out.write(String.format("05%d%d%02d%06d,Nguyễn Thị Phương Thảo,19%02d-01-01,Nữ,51,21%03d%n", i / 1_000_000 + 1,
                        1, year, i % 1_000_000, year, i % 1000));
            }
        }
    }
}
