package vn.phoihop.registry.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the commune import: whatever a line holds, it is a row the database accepts
 * (5-digit code, a name that fits {@code admin_unit.name_vi}, a 2-digit province) or a rejection
 * with its line number — never an exception. Runs in its own JVM (surefire execution
 * {@code fuzz-targets}); {@code JAZZER_FUZZ=1} fuzzes for longer (docs/authentication.md).
 */
class CommuneCsvFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void commune_line(FuzzedDataProvider data) {
        int number = data.consumeInt(2, 1_000_000);
        String line = data.consumeRemainingAsString();
        CommuneCsv.headerOk(line);
        CommuneCsv.Parsed parsed = CommuneCsv.parse(line, number);
        if ((parsed.row() == null) == (parsed.rejection() == null)) {
            throw new AssertionError("neither or both a row and a rejection for " + line);
        }
        if (parsed.rejection() != null && !parsed.rejection().startsWith(number + ": ")) {
            throw new AssertionError("a rejection without its line number: " + parsed.rejection());
        }
        CommuneCsv.Row row = parsed.row();
        if (row != null && (!row.code().matches("\\d{5}") || row.name().isEmpty()
                || row.name().length() > CommuneCsv.MAX_NAME || !row.province().matches("\\d{2}")
                || row.validFrom() == null)) {
            throw new AssertionError("a row the database would refuse: " + row);
        }
    }
}
