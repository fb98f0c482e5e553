package vn.phoihop.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Complaints and denunciations from the public (no account): routed by topic (table
 * {@code public_topic}) and province to the agency holding the competent role, opened as a case
 * with its legal deadlines, acknowledged with a tracking code. At most
 * {@code phoihop.casework.public-per-hour} filings (default 5) per IP address per hour.
 */
@RestController
@Tag(name = "Public complaints and denunciations")
class PublicComplaints {

    record Filing(String kind, String topic, String province, String name, String contact, String subject,
            String text) {
    }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CaseService cases;
    private final RoleAssignments roles;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    PublicComplaints(CaseService cases, RoleAssignments roles, JdbcClient jdbc, Clock clock, Environment environment) {
        this.cases = cases;
        this.roles = roles;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = environment.getProperty("phoihop.casework.public-per-hour", Integer.class, 5);
    }

    @PostMapping("/api/v1/public/complaints")
    @Operation(summary = "File a complaint or denunciation without an account; returns the tracking code, "
            + "the competent agency and the legal deadlines")
    ResponseEntity<Map<String, Object>> file(@RequestBody Filing filing, HttpServletRequest request) {
        rateLimit(request.getRemoteAddr());
        Map<String, String> problems = new LinkedHashMap<>();
        if (filing.kind() == null || !List.of("complaint", "denunciation").contains(filing.kind())) {
            problems.put("kind", "complaint or denunciation");
        }
        if (filing.province() == null || !filing.province().matches("\\d{2}")) {
            problems.put("province", "2 digits");
        }
        if (filing.name() == null || filing.name().isBlank()) {
            problems.put("name", "required");
        }
        if (filing.text() == null || filing.text().isBlank() || filing.text().length() > 10_000) {
            problems.put("text", "1..10000 characters");
        }
        String role = jdbc.sql("SELECT role_code FROM public_topic WHERE topic = ?")
                .param(filing.topic() == null ? "other" : filing.topic()).query(String.class).optional()
                .orElse(null);
        if (role == null) {
            problems.put("topic", "social_insurance, unemployment, labour, health_facility, other");
        }
        if (!problems.isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.copyOf(problems));
        }
        LocalDate today = cases.today();
        Agency agency = roles.holder(role, filing.province(), today)
                .or(() -> roles.holder("peoples_committee.province", filing.province(), today))
                .orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY,
                        Map.of("province", filing.province())));
        String code = trackingCode();
        String title = (filing.kind().equals("complaint") ? "Khiếu nại" : "Tố cáo") + " qua cổng công khai: "
                + (filing.subject() == null || filing.subject().isBlank() ? filing.topic() : filing.subject());
        long id = cases.open(filing.kind(), "received", title, filing.subject(), filing.province(), agency.code(),
                "public", null, new CaseService.PublicFiling(code, filing.name(), filing.contact(), filing.text()));
        return ResponseEntity.status(HttpStatus.CREATED).body(status(id, code));
    }

    /** States of the police's work on a referral, which the public portal does not show. */
    static final java.util.Set<String> UNPUBLISHED_STATES = java.util.Set.of("referred", "investigating");

    @GetMapping("/api/v1/public/complaints/{code}")
    @Operation(summary = "Follow a complaint or denunciation by its tracking code")
    Map<String, Object> track(@PathVariable String code) {
        long id = jdbc.sql("SELECT id FROM case_file WHERE tracking_code = ?").param(code).query(Long.class)
                .optional().orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        return status(id, code);
    }

    /**
     * What the public may know of a filing. A referral to the police and its investigation are not
     * published (QCPH 01/2022 Điều 3.3 keeps exchanged information confidential; Bộ luật Tố tụng
     * hình sự 2015 keeps investigations unpublished): they show as "in_progress". A classified case
     * shows only that it is being handled, without agency or deadlines.
     */
    private Map<String, Object> status(long id, String code) {
        CaseService.CaseFile file = cases.byId(id).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tracking_code", code);
        body.put("kind", file.type());
        boolean classified = jdbc.sql("SELECT classification <> 'thuong' FROM case_file WHERE id = ?").param(id)
                .query(Boolean.class).single();
        boolean unpublished = UNPUBLISHED_STATES.contains(file.state());
        body.put("state", classified || unpublished ? "in_progress" : file.state());
        if (classified) {
            body.put("received_at", file.openedAt());
            body.put("acknowledgement_vi", "Đơn của bạn đã được tiếp nhận và đang được xử lý. Mã tra cứu: " + code + ".");
            return body;
        }
        body.put("agency", file.agencyCode());
        body.put("received_at", file.openedAt());
        body.put("deadlines", cases.deadlines(id).stream().map(d -> Map.of("code", d.code(), "label_vi",
                d.labelVi(), "article", d.article(), "due_on", d.dueOn().toString())).toList());
        body.put("acknowledgement_vi", "Đơn của bạn đã được tiếp nhận và chuyển đến " + file.agencyCode()
                + ". Mã tra cứu: " + code + ".");
        return body;
    }

    private void rateLimit(String ip) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(ip == null ? "?" : ip, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                throw new PhoihopException(ErrorCode.CASEWORK_RATE_LIMITED);
            }
            times.addLast(now);
        }
    }

    /** Forgets the recent filings of every address (tests share one address). */
    void forgetRecentFilings() {
        recent.clear();
    }

    private String trackingCode() {
        StringBuilder code = new StringBuilder("PH-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
