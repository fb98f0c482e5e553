package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;

/** Hardening of the exchange (issue #7): an XLSX zip bomb is rejected as a file, the platform unharmed. */
@IntegrationTest
class ZipBombUploadTest {

    @LocalServerPort
    int port;

    @Test
    void a_workbook_that_inflates_a_hundredfold_is_rejected_with_a_reason_and_nothing_is_accepted() throws Exception {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "bom.xlsx", zipBomb(), null, null);

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.body().path("status").asString()).isEqualTo("rejected");
        Api.Response one = client.api.get("/api/v1/submissions/" + upload.body().path("id").asString(), token);
        assertThat(one.body().path("failure").asString()).contains("zip bomb");
        assertThat(one.body().path("version").isNull()).isTrue();
    }

    /** A real workbook whose sheet carries 64 MB of blanks, compressed to well under 1 MB. */
    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream valid = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet().createRow(0);
            String[] header = {"tax_code", "name", "registered_on", "status"};
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            workbook.write(valid);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(valid.toByteArray()));
                var out = new ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        return bomb.toByteArray();
    }
}
