package vn.phoihop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every article of the five source documents that creates a duty between agencies is encoded
 * with at least one duty citing it (the list, completed by reading the texts), and every
 * duty names known roles and datasets.
 */
class RegulationCoverageTest {

    /** Articles that create duties, per document. A duty citing the article or one of its points covers it. */
    static final Map<String, List<String>> ARTICLES_THAT_CREATE_DUTIES = Map.of(
            "000_46ac144d6f6e58ed", List.of("6.1", "6.1.đ", "6.2.c", "6.2.d", "6.2.e", "6.2.f", "6.3", "6.5", "6.7",
                    "7.1", "7.1.c", "7.1.đ", "7.1.e", "7.2.b", "7.2.c", "7.2.e", "7.3", "7.5", "7.7", "8.2", "8.3", "9.2"),
            "001_e5717498f2d7cde1", List.of("4.2", "5.1", "6.4", "7.1", "7.2", "7.3", "8.2", "9.2", "9.3", "10.1",
                    "11.2", "12.1", "13", "14.2", "15", "16.1", "17.1", "17.2.a", "17.3.b", "17.4", "18.1", "18.2",
                    "18.3", "18.4", "18.5", "19.1", "19.2", "19.3", "20", "21", "22.2", "23.3", "23.4"),
            "002_68bbfb3453c4c627", List.of("II.A.1.b", "II.A.2.a", "II.A.2.b", "II.A.2.c", "II.A.2.d", "II.A.2.đ",
                    "II.A.3.a", "II.A.3.c", "II.A.3.d", "II.A.3.đ", "II.A.4.a", "II.A.4.b", "II.A.4.c", "II.A.4.đ",
                    "II.B.1", "II.B.2.a", "II.B.2.b", "II.B.2.c", "II.B.2.d", "II.B.2.đ", "II.B.3.a", "II.B.3.c",
                    "II.B.3.d", "II.B.3.đ", "II.B.4.a", "II.B.4.b", "II.B.4.c", "II.B.4.d", "III.3", "III.4"),
            "004_eb7d78a102a19691", List.of("5.2", "5.5", "5.6", "6.1", "6.3", "6.5", "7.1", "7.3", "7.4", "7.5",
                    "7.7", "8.2", "9.1", "9.2", "10", "11.1", "11.3", "12.1", "13", "14", "15.1", "16.1", "16.2",
                    "16.3", "16.4", "17.1", "17.2", "17.3", "17.5", "18.2", "20.5", "20.6", "20.7", "21.2", "22.2",
                    "23", "24"));

    static final Set<String> DATASETS = Set.of("population", "insured_persons", "employers", "employment",
            "contribution_dues", "contribution_payments", "business_registry", "tax_employers", "ui_benefits",
            "pension_payments", "health_cards", "students", "birth_registrations", "union_units",
            "facility_spending", "ethnic_support", "payment_reminders");

    final RegulationCatalog catalog = new RegulationCatalog();

    @Test
    void there_is_one_data_file_per_source_document() {
        assertThat(catalog.all()).extracting(Regulation::file).containsExactly("000_46ac144d6f6e58ed.txt",
                "001_e5717498f2d7cde1.txt", "002_68bbfb3453c4c627.txt", "003_55cfec5eba19e7aa.txt",
                "004_eb7d78a102a19691.txt");
    }

    @Test
    void every_article_that_creates_duties_has_at_least_one_duty() {
        ARTICLES_THAT_CREATE_DUTIES.forEach((id, articles) -> {
            Regulation regulation = catalog.byId(id).orElseThrow();
            for (String article : articles) {
                assertThat(regulation.duties())
                        .as("%s Điều %s has no duty", id, article)
                        .anyMatch(d -> d.article().equals(article) || d.article().startsWith(article + "."));
            }
        });
    }

    @Test
    void the_news_report_creates_no_duties() {
        assertThat(catalog.byId("003_55cfec5eba19e7aa").orElseThrow().duties()).isEmpty();
    }

    @Test
    void every_duty_cites_an_article_whose_text_is_in_the_file() {
        for (Regulation regulation : catalog.all()) {
            for (Duty duty : regulation.duties()) {
                Regulation.Article article = regulation.articleOf(duty);
                assertThat(article).as(duty.id()).isNotNull();
                assertThat(article.textVi()).as(duty.id()).isNotBlank();
            }
        }
    }

    @Test
    void every_duty_names_known_roles_and_catalogue_datasets() throws IOException {
        Set<String> roles = knownRoles();
        catalog.duties().forEach(duty -> {
            assertThat(roles).as(duty.id() + " from").containsAll(duty.from());
            assertThat(roles).as(duty.id() + " to").containsAll(duty.to());
            if (duty.dataset() != null) {
                assertThat(DATASETS).as(duty.id()).contains(duty.dataset());
            }
            assertThat(duty.titleVi()).isNotBlank();
            assertThat(duty.titleEn()).isNotBlank();
            assertThat(duty.dueVi()).isNotBlank();
        });
    }

    @Test
    void duty_ids_are_unique_across_the_regulations() {
        List<String> ids = catalog.duties().map(Duty::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void a_duty_citing_an_article_the_document_lacks_is_refused_at_load() {
        tools.jackson.databind.JsonNode node = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"id": "x", "file": "x.txt", "version": 1, "applies_to": {"central": true, "provinces": "all"},
                 "articles": [{"ref": "1", "heading_vi": "h", "text_vi": "t"}],
                 "duties": [{"id": "x-2", "article": "2", "from": ["police.central"], "to": ["social_security.central"],
                   "what": "report", "cadence": "yearly", "due": {"type": "quarterly"}, "level": "central",
                   "title_vi": "a", "title_en": "b"}]}""");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegulationCatalog.parse(node, "x.json"))
                .hasMessageContaining("cites article 2");
    }

    private static Set<String> knownRoles() throws IOException {
        String sql;
        try (var in = RegulationCoverageTest.class.getResourceAsStream(
                "/db/migration/V4_2__registry_roles_units_holidays.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher matcher = Pattern.compile("\\('([a-z_]+(?:\\.(?:central|province))?)',\\s+'(central|province|commune)'")
                .matcher(sql);
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
