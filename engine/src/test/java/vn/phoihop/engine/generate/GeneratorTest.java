package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final LocalDate D = Generator.DEFAULT_AS_OF;

    @TempDir
    static Path temp;
    static Path dir;
    static GeneratorResult result;

    @BeforeAll
    static void generate() throws IOException {
        dir = temp.resolve("province");
        result = new Generator().generate(dir, 0.3, 11, D);
    }

    @Test
    void the_same_arguments_give_byte_identical_files() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        new Generator().generate(a, 0.1, 5, D);
        new Generator().generate(b, 0.1, 5, D);
        List<Path> files;
        try (Stream<Path> list = Files.list(a)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(20);
        for (Path file : files) {
            assertThat(Files.readAllBytes(b.resolve(file.getFileName())))
                    .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
        }
        Path c = temp.resolve("c");
        new Generator().generate(c, 0.1, 6, D);
        assertThat(Files.readAllBytes(c.resolve("population.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("population.csv")));
    }

    @Test
    void expected_findings_are_sorted_and_well_formed() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(Generator.EXPECTED_FINDINGS_FILE));
        assertThat(lines.get(0)).isEqualTo("rule,subject,amount_vnd,interest_vnd,months,flags");
        List<String[]> rows = GeneratedFiles.expectedFindings(dir);
        assertThat(rows).isNotEmpty();
        String previous = "";
        for (String[] f : rows) {
            assertThat(f).hasSize(6);
            assertThat(Rules.ALL).contains(f[0]);
            assertThat(f[1]).isNotBlank().doesNotContain(",");
            for (int i = 2; i <= 4; i++) {
                assertThat(f[i]).matches("|\\d+");
            }
            assertThat(f[5]).matches("|criminal_threshold");
            String key = f[0] + "\u0000" + f[1];
            assertThat(key.compareTo(previous)).as("sorted and unique at " + f[0] + " " + f[1]).isPositive();
            previous = key;
        }
    }

    @Test
    void every_rule_has_several_planted_firing_cases_and_at_least_one_planted_edge_in_the_manifest() throws IOException {
        String manifest = Files.readString(dir.resolve(Generator.MANIFEST_FILE));
        String planted = manifest.substring(manifest.indexOf("\"planted_cases\""));
        for (String rule : Rules.ALL) {
            int start = planted.indexOf("\"" + rule + "\": [");
            assertThat(start).as(rule).isNotNegative();
            String section = planted.substring(start, planted.indexOf("]", start));
            assertThat(count(section, "\"fires\": true")).as(rule + " firing cases").isGreaterThanOrEqualTo(2);
            assertThat(count(section, "\"fires\": false")).as(rule + " non-firing edges").isGreaterThanOrEqualTo(1);
            assertThat(count(section, "\"fires\": true")).isEqualTo(
                    (int) result.plantedCases().stream().filter(c -> c.rule().equals(rule) && c.fires()).count());
        }
        assertThat(manifest).contains("\"as_of\": \"2026-06-30\"", "\"seed\": 11", "\"scale\": 0.3",
                "\"population\": {\"file\": \"population.csv\", \"rows\": ");
        assertThat(count(manifest, "{")).isEqualTo(count(manifest, "}"));
        assertThat(count(manifest, "[")).isEqualTo(count(manifest, "]"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void the_firing_planted_cases_are_exactly_the_expected_findings() throws IOException {
        Set<String> firing = new HashSet<>();
        for (PlantedCase c : result.plantedCases()) {
            if (c.fires()) {
                firing.add(c.rule() + " " + c.subject());
            }
        }
        Set<String> expected = new HashSet<>();
        for (String[] f : GeneratedFiles.expectedFindings(dir)) {
            expected.add(f[0] + " " + f[1]);
        }
        assertThat(expected).isEqualTo(firing);
        for (PlantedCase c : result.plantedCases()) {
            if (!c.fires()) {
                assertThat(expected).as("edge " + c).doesNotContain(c.rule() + " " + c.subject());
            }
        }
    }

    @Test
    void the_criminal_threshold_and_interest_before_the_transition_are_planted() throws IOException {
        List<String[]> evasion = GeneratedFiles.expectedFindings(dir).stream()
                .filter(f -> f[0].equals(Rules.ARREARS_EVASION)).toList();
        assertThat(evasion).anyMatch(f -> f[5].equals(Rules.CRIMINAL_THRESHOLD_FLAG));
        assertThat(evasion).anyMatch(f -> f[5].isEmpty());
        assertThat(result.plantedCases()).anyMatch(c -> c.description().contains("30/06/2025"));
    }

    @Test
    void every_personal_id_in_population_agrees_with_its_gender_and_birth_year() throws IOException {
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, Dataset.POPULATION);
        int checked = 0;
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.POPULATION)) {
            if (rejected.contains(row.line())) {
                continue;
            }
            String id = row.get("personal_id");
            PartialDate birth = GeneratedFiles.birth(row.get("birth_date"));
            Gender gender = GeneratedFiles.gender(row.get("gender"));
            assertThat(id).matches("0\\d{11}");
            assertThat(id.charAt(3) - '0').isEqualTo(Identifiers.centuryGenderDigit(gender, birth.year()));
            assertThat(Integer.parseInt(id.substring(4, 6))).isEqualTo(birth.year() % 100);
            checked++;
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    @Test
    void identifiers_keep_their_form_everywhere() throws IOException {
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, Dataset.INSURED_PERSONS);
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.INSURED_PERSONS)) {
            if (!rejected.contains(row.line())) {
                assertThat(row.get("social_insurance_code")).matches("\\d{10}");
                assertThat(row.get("personal_id")).matches("|\\d{12}");
            }
        }
        Set<Long> rejectedTax = GeneratedFiles.rejectedLines(dir, Dataset.TAX_EMPLOYERS);
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.TAX_EMPLOYERS)) {
            if (!rejectedTax.contains(row.line())) {
                assertThat(Identifiers.isValidTaxCode(row.get("tax_code"))).as(row.get("tax_code")).isTrue();
            }
        }
    }

    @Test
    void every_expected_reject_points_at_a_written_row() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(Generator.EXPECTED_REJECTS_FILE));
        assertThat(lines.get(0)).isEqualTo("dataset,file,line,column");
        Set<String> kinds = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Dataset dataset = Stream.of(Dataset.values()).filter(d -> d.code().equals(f[0])).findFirst().orElseThrow();
            assertThat(dataset.columns()).contains(f[3]);
            kinds.add(f[0]);
            if (f[1].endsWith(".csv")) {
                long line1 = Long.parseLong(f[2]);
                assertThat(GeneratedFiles.read(dir, dataset)).anyMatch(r -> r.line() == line1);
            }
        }
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.expectedRejects()).isEqualTo(lines.size() - 1);
    }

    @Test
    void the_row_counts_in_the_result_match_the_files() throws IOException {
        for (Dataset d : Dataset.values()) {
            if (result.files().get(d.code()).endsWith(".csv")) {
                assertThat((long) GeneratedFiles.read(dir, d).size()).as(d.code()).isEqualTo(result.rows().get(d.code()));
            }
        }
        long insured = result.rows().get("insured_persons");
        assertThat(insured).isBetween(result.people() / 7, result.people() / 3);
    }

    @Test
    void background_insured_persons_match_population_and_only_planted_ones_differ() throws IOException {
        Map<String, GeneratedFiles.Row> population = new HashMap<>();
        Set<Long> rejectedPopulation = GeneratedFiles.rejectedLines(dir, Dataset.POPULATION);
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.POPULATION)) {
            if (!rejectedPopulation.contains(row.line())) {
                population.put(row.get("personal_id"), row);
            }
        }
        Set<String> mismatched = new HashSet<>();
        Set<String> unresolved = new HashSet<>();
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, Dataset.INSURED_PERSONS);
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.INSURED_PERSONS)) {
            if (rejected.contains(row.line())) {
                continue;
            }
            GeneratedFiles.Row person = population.get(row.get("personal_id"));
            String code = row.get("social_insurance_code");
            if (person == null) {
                unresolved.add(code);
            } else if (!VietnameseNames.norm(person.get("full_name")).equals(VietnameseNames.norm(row.get("full_name")))
                    || !GeneratedFiles.birth(person.get("birth_date")).compatibleWith(GeneratedFiles.birth(row.get("birth_date")))
                    || GeneratedFiles.gender(person.get("gender")) != GeneratedFiles.gender(row.get("gender"))) {
                mismatched.add(code);
            }
        }
        assertThat(mismatched).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.POP_MISMATCH));
        Set<String> planted = new HashSet<>(GeneratedFiles.subjectsOf(dir, Rules.POP_ID_SUGGESTED));
        planted.addAll(GeneratedFiles.subjectsOf(dir, Rules.POP_NOT_FOUND));
        assertThat(unresolved).isEqualTo(planted);
    }

    @Test
    void nobody_outside_the_planted_cases_holds_two_valid_cards() throws IOException {
        Map<String, String> idOfCode = new HashMap<>();
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.INSURED_PERSONS)) {
            if (!row.get("personal_id").isEmpty()) {
                idOfCode.put(row.get("social_insurance_code"), row.get("personal_id"));
            }
        }
        Map<String, Integer> valid = new HashMap<>();
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, Dataset.HEALTH_CARDS);
        for (GeneratedFiles.Row card : GeneratedFiles.read(dir, Dataset.HEALTH_CARDS)) {
            if (rejected.contains(card.line()) || !GeneratedFiles.validOn(card, D)) {
                continue;
            }
            String key = !card.get("personal_id").isEmpty() ? card.get("personal_id")
                    : idOfCode.getOrDefault(card.get("social_insurance_code"), "BHXH:" + card.get("social_insurance_code"));
            valid.merge(key, 1, Integer::sum);
        }
        Set<String> twice = new HashSet<>();
        valid.forEach((key, n) -> {
            if (n > 1) {
                twice.add(key);
            }
        });
        // The case linked only through a suggested identity is invisible without the suggestion.
        Set<String> expected = GeneratedFiles.subjectsOf(dir, Rules.DUP_HEALTH_CARD);
        assertThat(expected).containsAll(twice);
        assertThat(expected.size() - twice.size()).isEqualTo(1);
    }

    @Test
    void students_and_young_children_without_a_valid_card_are_exactly_the_planted_ones() throws IOException {
        Map<String, String> idOfCode = new HashMap<>();
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.INSURED_PERSONS)) {
            idOfCode.put(row.get("social_insurance_code"), row.get("personal_id"));
        }
        Set<String> covered = new HashSet<>();
        for (GeneratedFiles.Row card : GeneratedFiles.read(dir, Dataset.HEALTH_CARDS)) {
            if (!card.get("valid_from").isEmpty() && card.get("valid_from").matches("[\\d/-]+")
                    && !card.get("valid_from").equals("29/02/2025") && GeneratedFiles.validOn(card, D)) {
                covered.add(card.get("personal_id").isEmpty() ? idOfCode.get(card.get("social_insurance_code"))
                        : card.get("personal_id"));
            }
        }
        String schoolYear = "2025-2026";
        Set<String> students = new HashSet<>();
        Set<Long> rejectedStudents = GeneratedFiles.rejectedLines(dir, Dataset.STUDENTS);
        for (GeneratedFiles.Row s : GeneratedFiles.read(dir, Dataset.STUDENTS)) {
            if (!rejectedStudents.contains(s.line()) && s.get("school_year").equals(schoolYear)
                    && !covered.contains(s.get("personal_id"))) {
                students.add(s.get("personal_id"));
            }
        }
        assertThat(students).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.STUDENT_NO_CARD));
        Set<String> children = new HashSet<>();
        Set<Long> rejectedBirths = GeneratedFiles.rejectedLines(dir, Dataset.BIRTH_REGISTRATIONS);
        for (GeneratedFiles.Row b : GeneratedFiles.read(dir, Dataset.BIRTH_REGISTRATIONS)) {
            if (rejectedBirths.contains(b.line())) {
                continue;
            }
            LocalDate birth = GeneratedFiles.date(b.get("birth_date"));
            LocalDate registered = GeneratedFiles.date(b.get("registered_on"));
            if (ChronoUnit.YEARS.between(birth, D) < 6 && !registered.isAfter(D.minusDays(30))
                    && !covered.contains(b.get("personal_id"))) {
                children.add(b.get("personal_id"));
            }
        }
        assertThat(children).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.CHILD_NO_CARD));
    }

    @Test
    void the_small_scale_employers_file_is_xlsx_with_identifiers_as_text_cells() throws IOException {
        assertThat(result.files().get("employers")).isEqualTo("employers.xlsx");
        List<String> leadingZero = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("employers.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int taxColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (header.getCell(i).getStringCellValue().equalsIgnoreCase("tax_code")) {
                    taxColumn = i;
                }
            }
            assertThat(taxColumn).isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(taxColumn);
                if (cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    if (cell.getStringCellValue().startsWith("0")) {
                        leadingZero.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(leadingZero).isNotEmpty();
    }

    @Test
    void the_planted_cases_hold_for_other_as_of_dates() throws IOException {
        for (LocalDate asOf : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 12, 31))) {
            GeneratorResult other = new Generator().generate(temp.resolve("asof-" + asOf), 0.02, 3, asOf);
            assertThat(other.expectedFindings()).hasSizeGreaterThan(50);
        }
    }

    @Test
    void arrears_amounts_and_interest_agree_with_a_hand_computation() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(Generator.EXPECTED_FINDINGS_FILE));
        // Stopped paying after 02/2026: March (due 30/04, 61 days) and April (due 31/05, 30 days)
        // of 20,000,000 each: 20,000,000 × (61 + 30) × 0.03 % = 546,000.
        assertThat(lines).anyMatch(l -> l.startsWith("ARREARS-LATE,") && l.endsWith(",40000000,546000,2,"));
        // Unpaid since 02/2025, 10,000,000 a month through 04/2026 (15 periods): Feb–May 2025 are
        // due by 30/06/2025 and earn 365 days each; Jun 2025 … Apr 2026 earn 334, 303, 273, 242,
        // 212, 181, 150, 122, 91, 61, 30 days. Days: 4 × 365 + 1,999 = 3,459;
        // × 10,000,000 × 0.03 % = 10,377,000. Feb–Jul 2025 are evaded (reminder 15/09/2025):
        // 6 periods, 60,000,000 ≥ 50,000,000 → criminal threshold.
        assertThat(lines).anyMatch(l -> l.startsWith("ARREARS-EVASION,")
                && l.endsWith(",150000000,10377000,15,criminal_threshold"));
        // Death on 01/04/2026: May and June are paid after it (July adjustment not yet applied).
        assertThat(lines).anyMatch(l -> l.startsWith("DECEASED-PAYMENT,") && l.endsWith(",2,"));
        // A new job in months M−3 and M−2 of a benefit of 5,400,000 a month.
        assertThat(lines).anyMatch(l -> l.startsWith("UI-WHILE-EMPLOYED,") && l.endsWith(",10800000,,2,"));
    }

    @Test
    void a_province_of_a_single_person_still_holds_every_planted_case() throws IOException {
        GeneratorResult tiny = new Generator().generate(temp.resolve("tiny"), 0.0001, 1, D);
        assertThat(tiny.people()).isEqualTo(1);
        assertThat(tiny.expectedFindings()).hasSize(result.expectedFindings().size());
        // A repeated key is rejected on its second row: the first row of every key must be a good one.
        Path tinyDir = temp.resolve("tiny");
        for (Dataset d : List.of(Dataset.CONTRIBUTION_PAYMENTS, Dataset.POPULATION)) {
            Set<Long> rejected = GeneratedFiles.rejectedLines(tinyDir, d);
            String key = d.columns().get(0);
            List<GeneratedFiles.Row> rows = GeneratedFiles.read(tinyDir, d);
            Map<String, Integer> occurrences = new HashMap<>();
            rows.forEach(r -> occurrences.merge(r.get(key), 1, Integer::sum));
            Set<String> seen = new HashSet<>();
            for (GeneratedFiles.Row row : rows) {
                if (occurrences.get(row.get(key)) > 1 && seen.add(row.get(key))) {
                    assertThat(rejected).as(d + " first row of " + row.get(key)).doesNotContain(row.line());
                }
            }
        }
    }
}
