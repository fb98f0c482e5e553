package vn.phoihop.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.engine.cli.EngineCli;

/**
 * Reading streams: a dataset file several times larger than the Java heap is reconciled in a
 * separate JVM whose Java heap is capped at 64 MB (DuckDB, off the heap, has its own limit), and
 * every row is accounted for.
 */
class LargeFileTest {

    private static final int ROWS = 250_000;
    private static final String ADDRESS = "Thôn Phú Lộc, xã Tịnh Ấn Tây, tỉnh Quảng Ngãi — ".repeat(16);

    @TempDir
    Path work;

    @Test
    void a_file_larger_than_the_heap_is_read_row_by_row() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path file = data.resolve("business_registry.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("tax_code,name,registered_on,status,status_since,province_code,address,legal_representative\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format(Locale.ROOT, "%010d,Công ty TNHH số %d,2020-01-15,active,,51,\"%s%d\",Nguyễn Văn An%n",
                        4_300_000_000L + i, i, ADDRESS, i));
            }
            out.write("12345678,Bad tax code,2020-01-15,active,,51,x,y\n");
        }
        assertThat(Files.size(file)).isGreaterThan(200L * 1024 * 1024);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                EngineCli.class.getName(), "reconcile", "--data", data.toString(), "--as-of", "2026-06-30",
                "--out", work.resolve("out").toString(), "--threads", "2", "--memory-limit", "1GB", "--quiet"))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("log.txt").toFile())
                .start();
        int exit = process.waitFor();

        assertThat(exit).as(Files.readString(work.resolve("log.txt"))).isZero();
        String summary = Files.readString(work.resolve("out").resolve(Reconciliation.SUMMARY_FILE));
        assertThat(summary).contains("\"business_registry\": {\"status\": \"loaded\", \"file\": \"business_registry.csv\", "
                + "\"rows_read\": " + (ROWS + 1) + ", \"rows_accepted\": " + ROWS + ", \"rows_rejected\": 1");
        assertThat(work.resolve("out/data/business_registry.parquet").toFile()).exists();
    }
}
