package vn.phoihop.engine.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a generation run wrote: the directory, its parameters, the files and their row
 * counts (data rows, bad rows included), the expected findings and rejects, and the planted
 * cases. {@code elapsed} is informational and is not written to any file.
 */
public record GeneratorResult(Path directory, LocalDate asOf, long seed, double scale, long people,
                              Map<String, String> files, Map<String, Long> rows, List<ExpectedFinding> expectedFindings,
                              int expectedRejects, List<PlantedCase> plantedCases, Duration elapsed) {

    public GeneratorResult {
        files = Map.copyOf(files);
        rows = Map.copyOf(rows);
        expectedFindings = List.copyOf(expectedFindings);
        plantedCases = List.copyOf(plantedCases);
    }
}
