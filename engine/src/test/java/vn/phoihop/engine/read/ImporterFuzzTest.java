package vn.phoihop.engine.read;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.catalog.StoredColumn;
import vn.phoihop.engine.parquet.ParquetWriter;

/**
 * Fuzz targets of the importers: whatever bytes an agency sends as CSV or XLSX, the reader and
 * the row validation of any of the 17 datasets end in accepted rows, rejects, or a clean refusal
 * of the file (an {@link IOException}, which the loader turns into an "unreadable file" reject)
 * — never another exception. Without {@code JAZZER_FUZZ} (every {@code ./mvnw verify}) each
 * target runs its regression corpus in {@code src/test/resources/.../ImporterFuzzTestInputs};
 * with {@code JAZZER_FUZZ=1} it fuzzes for {@code JAZZER_MAX_DURATION} (docs/authentication.md).
 */
class ImporterFuzzTest {

    private static final List<Dataset> DATASETS = Catalog.all();
    private static Path work;

    @BeforeAll
    static void createWorkDirectory() throws IOException {
        work = Files.createTempDirectory("phoihop-fuzz");
    }

    @AfterAll
    static void deleteWorkDirectory() throws IOException {
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(work);
    }

    @FuzzTest(maxDuration = "10s")
    void csv_reader(FuzzedDataProvider data) throws IOException {
        Dataset dataset = DATASETS.get(data.consumeInt(0, DATASETS.size() - 1));
        byte[] file = data.consumeRemainingAsBytes();
        readCleanly(dataset, false, reader -> new CsvRecordReader(new ByteArrayInputStream(file)).read(reader), file.length);
    }

    @FuzzTest(maxDuration = "10s")
    void xlsx_reader(FuzzedDataProvider data) throws IOException {
        Dataset dataset = DATASETS.get(data.consumeInt(0, DATASETS.size() - 1));
        Path workbook = work.resolve("input.xlsx");
        Files.write(workbook, data.consumeRemainingAsBytes());
        readCleanly(dataset, true, reader -> new XlsxRecordReader(workbook).read(reader), 0);
    }

    private interface Read {
        void into(DatasetFileReader reader) throws IOException;
    }

    private static void readCleanly(Dataset dataset, boolean xlsx, Read read, long size) throws IOException {
        List<StoredColumn> stored = dataset.storedColumns();
        try (var accepted = new ParquetWriter(work.resolve("accepted.parquet"), stored.stream().map(StoredColumn::name).toList(),
                    stored.stream().map(RowValues::typeOf).toList());
                var rejects = new IssueWriter(work.resolve("rejects.csv"), false);
                var warnings = new IssueWriter(work.resolve("warnings.csv"), false)) {
            DatasetFileReader reader = new DatasetFileReader(dataset, "input", xlsx, accepted, rejects, warnings,
                    LoadProgress.NONE, size);
            try {
                read.into(reader);
                reader.endOfFile();
            } catch (IOException | UncheckedIOException refused) {
                // a clean refusal of the whole file: what the loader reports as an unreadable file
            }
        }
    }
}
