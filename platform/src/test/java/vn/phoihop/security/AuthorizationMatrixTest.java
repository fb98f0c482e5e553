package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.casework.Cases;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.RoleAssignments;

/**
 * The authorisation matrix: every endpoint that Spring MVC serves (discovered from the handler
 * mapping, so a new endpoint without a row fails this test) × every demo user, anonymous and a
 * user of another province → the expected HTTP status, kept as data in
 * {@code security/authorization-matrix.csv}. Requests that would change shared state use ids or
 * bodies that are refused after the authorisation check (the expected status then says that the
 * caller got past it: 400, 404, 409), so the matrix can run in any order with the other tests.
 * With {@code -Dmatrix.record=true} it writes what it observed to
 * {@code target/authorization-matrix.observed.csv}, for review when endpoints are added.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    static final List<String> USERS = List.of("admin", "bhxh", "congan", "noivu", "taichinh", "thue", "yte",
            "giaoduc", "ldld", "ubnd", "anonymous", AccessFixtures.OTHER_PROVINCE_USER);
    static final String MATRIX = "/security/authorization-matrix.csv";
    static final List<String> HEADER_FIXED = List.of("method", "pattern", "path", "body");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Autowired
    RoleAssignments roles;

    @Autowired
    UserAccounts users;

    @Autowired
    Cases cases;

    record Row(String method, String pattern, String path, String body, Map<String, Integer> expected) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Test
    void every_endpoint_has_a_row_and_every_user_gets_the_expected_status() throws Exception {
        List<Row> rows = load();
        TreeSet<String> discovered = discovered();
        TreeSet<String> listed = new TreeSet<>(rows.stream().map(Row::key).toList());
        TreeSet<String> missing = new TreeSet<>(discovered);
        missing.removeAll(listed);
        TreeSet<String> stale = new TreeSet<>(listed);
        stale.removeAll(discovered);
        assertThat(missing).as("endpoints without a row in " + MATRIX + " (add one per endpoint and user)").isEmpty();
        assertThat(stale).as("rows in " + MATRIX + " for endpoints that no longer exist").isEmpty();

        AccessFixtures.otherProvince(agencies, roles, users);
        Map<String, String> ids = fixtures();
        Map<String, Client> clients = new LinkedHashMap<>();
        for (String user : USERS) {
            clients.put(user, new Client(user));
        }
        List<String> mismatches = new ArrayList<>();
        StringBuilder observed = new StringBuilder(String.join(",", HEADER_FIXED) + "," + String.join(",", USERS)
                + "\n");
        for (Row row : rows) {
            String path = resolve(row.path(), ids);
            String body = resolve(row.body(), ids);
            List<String> line = new ArrayList<>(List.of(row.method(), row.pattern(), row.path(), csv(row.body())));
            for (String user : USERS) {
                int status = clients.get(user).send(row.method(), path, body);
                line.add(String.valueOf(status));
                Integer expected = row.expected().get(user);
                if (expected == null || expected != status) {
                    mismatches.add(row.key() + " as " + user + ": expected " + expected + ", got " + status
                            + " (" + row.method() + " " + path + ")");
                }
            }
            observed.append(String.join(",", line)).append('\n');
        }
        if (Boolean.getBoolean("matrix.record")) {
            Files.writeString(Path.of("target/authorization-matrix.observed.csv"), observed);
        }
        assertThat(mismatches).as("authorisation matrix").isEmpty();
    }

    /** Every (method, pattern) Spring MVC maps; a mapping without methods is listed as ANY. */
    TreeSet<String> discovered() {
        TreeSet<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                for (RequestMethod method : methods) {
                    keys.add(method.name() + " " + pattern);
                }
            }
        }
        return keys;
    }

    /** The ids the rows name as {placeholders}: data of province 51 made for this test. */
    Map<String, String> fixtures() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("finding_pop", String.valueOf(AccessFixtures.plantedFinding(jdbc, "POP-MISMATCH", "MATRIX-POP")));
        ids.put("case", String.valueOf(cases.open("arrears", "Matrix case", "MATRIX-UNIT", "51", "51.social_security",
                "matrix")));
        ids.put("submission", jdbc.sql("""
                SELECT CAST(id AS VARCHAR) FROM exchange_submission WHERE agency_code = '51.social_security'
                  AND dataset = 'insured_persons' AND status IN ('accepted', 'accepted_with_rejects')
                ORDER BY received_at LIMIT 1""")
                .query(String.class).single());
        ids.put("run", String.valueOf(jdbc.sql("SELECT max(id) FROM reconcile_run WHERE province_code = '51'")
                .query(Long.class).single()));
        ids.put("access_request", String.valueOf(pendingRequest()));
        ids.put("access_request_2", String.valueOf(pendingRequest()));
        ids.put("subject_request", String.valueOf(jdbc.sql("""
                INSERT INTO subject_request (kind, person_id, requester, channel, agency_code, province_code,
                    received_at, acknowledge_by, due_on, status, recorded_by)
                VALUES ('access', ?, 'Nguyễn Văn Thử', 'paper', '51.social_security', '51', now(), current_date + 2,
                    current_date + 15, 'received', 'matrix') RETURNING id""").param(AccessFixtures.PERSON)
                .query(Long.class).single()));
        ids.put("breach", String.valueOf(jdbc.sql("""
                INSERT INTO data_breach (agency_code, province_code, detected_at, registered_at, registered_by,
                    description, notify_due_at, status)
                VALUES ('51.social_security', '51', now(), now(), 'matrix', 'matrix', now() + interval '72 hours',
                    'open') RETURNING id""").query(Long.class).single()));
        ids.put("person", AccessFixtures.PERSON);
        ids.put("meeting", String.valueOf(jdbc.sql("SELECT min(id) FROM meeting").query(Long.class).single()));
        ids.put("regulation", "000_46ac144d6f6e58ed");
        ids.put("plan", one("SELECT min(id) FROM inspection_plan WHERE lead_agency = '51.social_security'"));
        ids.put("inspection", one("SELECT min(id) FROM inspection WHERE state = 'concluded'"));
        ids.put("inspection_record", one("""
                SELECT min(r.id) FROM inspection_record r JOIN inspection i ON i.id = r.inspection_id
                WHERE i.state = 'concluded'"""));
        ids.put("recommendation_done", one("SELECT min(id) FROM inspection_recommendation WHERE status = 'done'"));
        ids.put("checklist_item", one("SELECT min(id) FROM inspection_checklist_item"));
        ids.put("report_part", one("""
                SELECT min(id) FROM periodic_report WHERE agency_code = '51.social_security' AND period = '2026-H1'
                """));
        ids.put("tracking", jdbc.sql("SELECT tracking_code FROM case_file WHERE tracking_code IS NOT NULL LIMIT 1")
                .query(String.class).optional().orElse("PH-NONE"));
        return ids;
    }

    /** One id of the demo data, as text; the demo must have it. */
    String one(String sql) {
        Long id = jdbc.sql(sql).query(Long.class).single();
        assertThat(id).as(sql).isNotNull();
        return String.valueOf(id);
    }

    long pendingRequest() {
        return jdbc.sql("""
                INSERT INTO police_access_request (person_id, purpose, legal_basis, period_from, period_to,
                    province_code, agency_code, requested_by, requested_at, status)
                VALUES (?, 'matrix', 'matrix', DATE '2026-01-01', DATE '2026-06-30', '51', '51.police', 'congan',
                    now(), 'pending') RETURNING id""").param(AccessFixtures.PERSON).query(Long.class).single();
    }

    static String resolve(String template, Map<String, String> ids) {
        Matcher m = Pattern.compile("\\{([a-z_0-9]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = ids.get(m.group(1));
            if (value == null) {
                throw new AssertionError("unknown placeholder {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- the CSV ---------------------------------------------------------------------------------

    List<Row> load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<String> header = parse(lines.get(0));
            assertThat(header).as("matrix header").isEqualTo(concat(HEADER_FIXED, USERS));
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = parse(line);
                assertThat(cells).as(line).hasSize(header.size());
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = HEADER_FIXED.size(); i < header.size(); i++) {
                    expected.put(header.get(i), Integer.valueOf(cells.get(i).trim()));
                }
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), expected));
            }
            return rows;
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** RFC 4180: a field in quotes may hold commas; a doubled quote is a quote. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    // ---- one user's client -------------------------------------------------------------------------

    /** A user as the platform sees them: a bearer token for the API, a signed-in session for pages. */
    final class Client {

        private final String user;
        private final HttpClient http;
        private String token;
        private String csrf;

        Client(String user) {
            this.user = user;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        int send(String method, String path, String body) throws Exception {
            boolean api = path.startsWith("/api/");
            if (!user.equals("anonymous")) {
                if (api && token == null) {
                    token = new Api(port).token(user, "demo");
                } else if (!api && csrf == null) {
                    signIn();
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60));
            if (api && token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            String verb = method.equals("ANY") ? "GET" : method;
            if (verb.equals("GET") || verb.equals("DELETE")) {
                request.method(verb, HttpRequest.BodyPublishers.noBody());
            } else if (body.startsWith("multipart:")) {
                String boundary = "matrixboundary";
                String field = body.substring("multipart:".length());
                String content = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                        + field + "\r\n--" + boundary + "--\r\n";
                String query = api || csrf == null ? "" : (path.contains("?") ? "&" : "?") + "_csrf=" + csrf;
                request = request.uri(URI.create("http://localhost:" + port + path + query));
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method(verb, HttpRequest.BodyPublishers.ofString(content));
            } else if (body.startsWith("text:")) {
                request.header("Content-Type", "text/plain; charset=utf-8")
                        .method(verb, HttpRequest.BodyPublishers.ofString(body.substring("text:".length())));
            } else if (api) {
                request.header("Content-Type", "application/json")
                        .method(verb, HttpRequest.BodyPublishers.ofString(body));
            } else {
                String form = body + (csrf == null ? "" : (body.isEmpty() ? "" : "&") + "_csrf=" + csrf);
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(verb, HttpRequest.BodyPublishers.ofString(form));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        private void signIn() throws Exception {
            String base = "http://localhost:" + port;
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            assertThat(token.find()).as("login form CSRF token").isTrue();
            String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1),
                    StandardCharsets.UTF_8);
            int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("sign-in of " + user).isEqualTo(302);
            if (vn.phoihop.DemoTotp.needs(user)) {
                // administrators and police complete the second factor with the demo key
                String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login/totp")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher step = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
                assertThat(step.find()).as("second-factor form CSRF token").isTrue();
                int second = http.send(HttpRequest.newBuilder(URI.create(base + "/login/totp"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=" + vn.phoihop.DemoTotp.code(new Api(port))
                                + "&_csrf=" + URLEncoder.encode(step.group(1), StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                assertThat(second).as("second factor of " + user).isEqualTo(302);
            }
            String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(home);
            assertThat(meta.find()).as("CSRF meta of the shell").isTrue();
            csrf = URLEncoder.encode(meta.group(1), StandardCharsets.UTF_8);
        }
    }
}
