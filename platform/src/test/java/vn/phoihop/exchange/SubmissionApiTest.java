package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.PhoihopHome;

@IntegrationTest
class SubmissionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    PhoihopHome home;

    @Autowired
    DatasetVersions versions;

    ExchangeClient client() {
        return new ExchangeClient(port);
    }

    @Test
    void the_finance_department_gets_a_receipt_with_exactly_the_fields_of_the_issue_and_the_two_bad_lines() throws Exception {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        byte[] file = BusinessFiles.withOneBadDateAndOneLostZero().getBytes(StandardCharsets.UTF_8);

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "dn-quy3.csv", file, null, null);

        assertThat(upload.status()).isEqualTo(201);
        JsonNode receipt = upload.body();
        List<String> fields = new ArrayList<>();
        receipt.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "dataset", "sha256", "bytes", "rows_read", "rows_accepted",
                "rows_rejected", "warnings", "submitted_by", "agency", "received_at", "status");
        assertThat(receipt.path("dataset").asString()).isEqualTo("business_registry");
        assertThat(receipt.path("sha256").asString()).isEqualTo(sha256(file));
        assertThat(receipt.path("bytes").asLong()).isEqualTo(file.length);
        assertThat(receipt.path("rows_read").asLong()).isEqualTo(5);
        assertThat(receipt.path("rows_accepted").asLong()).isEqualTo(3);
        assertThat(receipt.path("rows_rejected").asLong()).isEqualTo(2);
        assertThat(receipt.path("submitted_by").asString()).isEqualTo("taichinh");
        assertThat(receipt.path("agency").asString()).isEqualTo("51.finance");
        assertThat(receipt.path("status").asString()).isEqualTo("accepted_with_rejects");
        assertThat(upload.receiptJws()).isNotBlank();

        String id = receipt.path("id").asString();
        ExchangeClient.Download csv = client.download("/api/v1/submissions/" + id + "/rejects", token);
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("line,column,value,message_vi,message_en");
        assertThat(lines[1]).startsWith("5,registered_on,2021-02-30,");
        assertThat(lines[2]).startsWith("6,tax_code,430022233,").contains("leading zero was lost");

        assertThat(Files.readAllBytes(home.resolve("archive/sha256/" + sha256(file).substring(0, 2) + "/"
                + sha256(file)))).isEqualTo(file);
    }

    @Test
    void the_finance_department_may_not_send_the_population_register() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");

        ExchangeClient.Upload upload = client.submit(token, "population", "dan-cu.csv",
                "personal_id,full_name,birth_date,gender\n051090000001,Nguyễn Văn An,1990-01-01,Nam\n");

        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.code()).isEqualTo("exchange.not_provider");
        assertThat(upload.body().path("details").path("provider_roles").get(0).asString()).isEqualTo("police.province");
    }

    @Test
    void a_file_without_a_required_column_is_rejected_as_a_whole_and_says_which() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "thieu-cot.csv",
                "tax_code,name,status\n0101234567,Công ty A,active\n");

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.body().path("status").asString()).isEqualTo("rejected");
        Api.Response one = client.api.get("/api/v1/submissions/" + upload.body().path("id").asString(), token);
        assertThat(one.body().path("failure").asString()).contains("registered_on").contains("required column");
        assertThat(one.body().path("version").isNull()).isTrue();
    }

    @Test
    void an_unknown_dataset_and_a_missing_file_are_refused_with_their_codes() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        assertThat(client.submit(token, "companies", "x.csv", "a\n1\n").code()).isEqualTo("exchange.unknown_dataset");
        assertThat(client.submit(token, "companies", "x.csv", "a\n1\n").status()).isEqualTo(404);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_same_receipt_and_reads_nothing() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        String key = "retry-" + UUID.randomUUID();
        byte[] file = BusinessFiles.good().getBytes(StandardCharsets.UTF_8);

        ExchangeClient.Upload first = client.submit(token, "business_registry", "a.csv", file, key, null);
        ExchangeClient.Upload again = client.submit(token, "business_registry", "a.csv",
                BusinessFiles.withOneBadDateAndOneLostZero().getBytes(StandardCharsets.UTF_8), key, null);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.receiptJws()).isEqualTo(first.receiptJws());
    }

    @Test
    void each_accepted_file_is_a_new_version_with_what_changed_against_the_one_before() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        client.submit(token, "business_registry", "v-a.csv", BusinessFiles.good(
                BusinessFiles.row("4300000001", "Công ty Giữ nguyên", "2020-01-01", "active"),
                BusinessFiles.row("4300000002", "Công ty Sẽ giải thể", "2020-01-01", "active"),
                BusinessFiles.row("4300000003", "Công ty Sẽ bị bỏ", "2020-01-01", "active")));
        int before = versions.latest("51", "business_registry").orElseThrow().version();

        ExchangeClient.Upload second = client.submit(token, "business_registry", "v-b.csv", BusinessFiles.good(
                BusinessFiles.row("4300000001", "Công ty Giữ nguyên", "2020-01-01", "active"),
                BusinessFiles.row("4300000002", "Công ty Sẽ giải thể", "2020-01-01", "dissolved"),
                BusinessFiles.row("4300000004", "Công ty Mới", "2026-01-01", "active"),
                BusinessFiles.row("4300000005", "Công ty Mới nữa", "2026-02-01", "active")));

        DatasetVersion latest = versions.latest("51", "business_registry").orElseThrow();
        assertThat(latest.version()).isEqualTo(before + 1);
        assertThat(latest.submissionId().toString()).isEqualTo(second.body().path("id").asString());
        assertThat(latest.rows()).isEqualTo(6);
        assertThat(latest.rowsAdded()).isEqualTo(2);
        assertThat(latest.rowsRemoved()).isEqualTo(1);
        assertThat(latest.rowsChanged()).isEqualTo(1);
        assertThat(latest.parquet()).exists()
                .isEqualTo(home.resolve("datasets/51/business_registry/v" + latest.version() + ".parquet"));
        assertThat(versions.history("51", "business_registry").get(1).version()).isEqualTo(before);
        Api.Response listed = client.api.get("/api/v1/datasets/business_registry/versions", token);
        assertThat(listed.body().get(0).path("rows_changed").asLong()).isEqualTo(1);
    }

    @Test
    void a_signed_receipt_verifies_and_a_tampered_one_does_not() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        ExchangeClient.Upload upload = client.submit(token, "business_registry", "r.csv", BusinessFiles.good());
        String id = upload.body().path("id").asString();
        String jws = client.download("/api/v1/submissions/" + id + "/receipt", token).text();
        assertThat(jws).isEqualTo(upload.receiptJws());

        Api.Response verified = client.postText("/api/v1/receipts/verify", token, jws);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("valid").asBoolean()).isTrue();
        assertThat(verified.body().path("matches_record").asBoolean()).isTrue();
        assertThat(verified.body().path("receipt").path("sha256").asString())
                .isEqualTo(upload.body().path("sha256").asString());

        String[] parts = jws.split("\\.");
        String forged = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"rows_rejected\":0", "\"rows_rejected\":7");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Api.Response refused = client.postText("/api/v1/receipts/verify", token, tampered);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("exchange.receipt_invalid");
    }

    @Test
    void social_security_may_read_what_finance_sent_but_the_police_may_not() {
        ExchangeClient client = client();
        String finance = client.api.token("taichinh", "demo");
        String id = client.submit(finance, "business_registry", "e.csv", BusinessFiles.good()).body().path("id")
                .asString();

        String socialSecurity = client.api.token("bhxh", "demo");
        assertThat(client.api.get("/api/v1/submissions/" + id, socialSecurity).status()).isEqualTo(200);
        assertThat(client.download("/api/v1/submissions/" + id + "/file", socialSecurity).text())
                .isEqualTo(BusinessFiles.good());
        assertThat(ids(client.api.get("/api/v1/submissions?dataset=business_registry", socialSecurity).body()))
                .contains(id);

        String police = client.api.token("congan", "demo");
        Api.Response refused = client.api.get("/api/v1/submissions/" + id, police);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("exchange.not_entitled");
        assertThat(client.download("/api/v1/submissions/" + id + "/rejects", police).status()).isEqualTo(403);
        assertThat(ids(client.api.get("/api/v1/submissions", police).body())).doesNotContain(id);
    }

    @Test
    void submissions_are_filtered_by_status_and_agency() {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        client.submit(token, "business_registry", "f.csv", "tax_code\n0101234567\n");
        JsonNode rejected = client.api.get("/api/v1/submissions?status=rejected&agency=51.finance", token).body();
        assertThat(rejected.size()).isPositive();
        rejected.forEach(s -> assertThat(s.path("status").asString()).isEqualTo("rejected"));
        assertThat(client.api.get("/api/v1/submissions?agency=51.tax", token).body().size()).isZero();
    }

    @Test
    void the_rejects_as_xlsx_keep_identifiers_as_text_and_neutralise_formulas() throws Exception {
        ExchangeClient client = client();
        String token = client.api.token("taichinh", "demo");
        String id = client.submit(token, "business_registry", "x.csv", BusinessFiles.good(
                BusinessFiles.row("0430022233", "Công ty =HYPERLINK", "=1+1", "active"),
                BusinessFiles.row("043002223", "Công ty B", "2020-01-01", "active"))).body().path("id").asString();

        ExchangeClient.Download xlsx = client.download("/api/v1/submissions/" + id + "/rejects?format=xlsx", token);
        assertThat(xlsx.status()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("message_vi");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("043002223");
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("@");
        }
        assertThat(client.download("/api/v1/submissions/" + id + "/rejects", token).text()).contains(",'=1+1,");
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] toBytes(Workbook workbook) throws Exception {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
