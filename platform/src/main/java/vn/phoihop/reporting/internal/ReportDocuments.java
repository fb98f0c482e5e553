package vn.phoihop.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.ReportingPeriod;
import vn.phoihop.shared.document.OfficialDocument;
import vn.phoihop.shared.document.OfficialDocument.Block;
import vn.phoihop.shared.document.OfficialDocument.Figure;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Table;

/**
 * The periodic report as a document: the Decree 30/2020 layout (DOCX, PDF), the annex (XLSX with
 * charts) and JSON, all from the same figures, so that they agree with one another and with the
 * dashboard.
 */
final class ReportDocuments {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    static final List<String> FINDING_STATUSES = List.of("open", "confirmed", "dismissed", "resolved_by_data");

    /** Everything a report document shows. */
    record Content(ReportingPeriod period, String provinceCode, String provinceNameVi, String issuingBodyVi,
            String issuerNameVi,
            String status, String number, LocalDate date, List<Indicator> indicators, List<PeriodicReports.Part> parts,
            Map<String, String> ownNarrative, List<ObligationInstance> deadlines, List<String> agenciesNotSubmitted) {
    }

    private ReportDocuments() {
    }

    /** The place of the date line: "Tỉnh Quảng Ngãi" → "Quảng Ngãi" (Decree 30/2020: the place name only). */
    static String place(String jurisdictionVi) {
        return jurisdictionVi.replaceFirst("^(Tỉnh|Thành phố)\\s+", "");
    }

    /** "Tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi", to follow another word. */
    static String lowerFirst(String jurisdictionVi) {
        return jurisdictionVi.isEmpty() ? jurisdictionVi
                : jurisdictionVi.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + jurisdictionVi.substring(1);
    }

    static String periodVi(ReportingPeriod period) {
        String year = period.label().substring(0, 4);
        if (period.label().endsWith("-H1")) {
            return "6 tháng đầu năm " + year;
        }
        if (period.label().endsWith("-H2")) {
            return "6 tháng cuối năm " + year;
        }
        return "năm " + year;
    }

    static String format(Indicator i) {
        return switch (i.unit() == null ? "count" : i.unit()) {
            case "percent" -> Chart.number(i.value().doubleValue()) + " %";
            case "days" -> Chart.number(i.value().doubleValue());
            default -> Chart.number(i.value().doubleValue());
        };
    }

    static List<Indicator> section(List<Indicator> all, String section) {
        return all.stream().filter(i -> i.section().equals(section)).toList();
    }

    static BigDecimal value(List<Indicator> all, String key) {
        return PeriodicReports.value(all, key);
    }

    // ---- charts shared by the documents and the dashboard ----------------------------------

    static Chart arrearsTrend(List<Indicator> all, String linkPrefix) {
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<Double> overdue = new ArrayList<>();
        List<Double> evasion = new ArrayList<>();
        for (Indicator i : all) {
            if (i.key().startsWith("arrears.trend.")) {
                String month = i.key().substring("arrears.trend.".length());
                labels.add(month.substring(5) + "/" + month.substring(0, 4));
                overdue.add(i.value().doubleValue());
                evasion.add(value(all, "arrears.trend_evasion." + month).doubleValue());
                LocalDate end = LocalDate.parse(month + "-01");
                links.add(linkPrefix == null ? null : linkPrefix + end.withDayOfMonth(end.lengthOfMonth()));
            }
        }
        return new Chart(Chart.Kind.LINE, "Nợ đóng, trốn đóng theo tháng (đồng)", labels,
                linkPrefix == null ? null : links,
                List.of(new Chart.Series("Nợ quá hạn", overdue, Chart.PALETTE[0]),
                        new Chart.Series("Trong đó trốn đóng", evasion, Chart.PALETTE[3])), "vnd");
    }

    /** rule → status → count. */
    static Map<String, Map<String, Long>> findingsByRule(List<Indicator> all) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Indicator i : all) {
            if (i.key().startsWith("findings.by_rule.")) {
                String rest = i.key().substring("findings.by_rule.".length());
                int dot = rest.lastIndexOf('.');
                out.computeIfAbsent(rest.substring(0, dot), r -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), i.value().longValue());
            }
        }
        return out;
    }

    static Chart findingsChart(List<Indicator> all, boolean links) {
        Map<String, Map<String, Long>> byRule = findingsByRule(all);
        List<String> labels = new ArrayList<>(byRule.keySet());
        List<Chart.Series> series = new ArrayList<>();
        for (int s = 0; s < FINDING_STATUSES.size(); s++) {
            String status = FINDING_STATUSES.get(s);
            series.add(new Chart.Series(findingStatusVi(status),
                    labels.stream().map(r -> (double) byRule.get(r).getOrDefault(status, 0L)).toList(),
                    Chart.PALETTE[s]));
        }
        return new Chart(Chart.Kind.BARS, "Phát hiện qua đối soát theo quy tắc và trạng thái", labels,
                links ? labels.stream().map(r -> "/casework?rule=" + r).toList() : null, series, "count");
    }

    static Chart casePipeline(List<Indicator> all, boolean links) {
        List<String> labels = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Indicator i : all) {
            if (i.key().startsWith("cases.state.")) {
                labels.add(i.labelVi().replace("Hồ sơ ở trạng thái ", "").replace(" cuối kỳ", ""));
                hrefs.add("/casework");
                values.add(i.value().doubleValue());
            }
        }
        return new Chart(Chart.Kind.BARS, "Hồ sơ vụ việc theo trạng thái cuối kỳ", labels, links ? hrefs : null,
                List.of(new Chart.Series("Hồ sơ", values, Chart.PALETTE[0])), "count");
    }

    /** role → [due, on time, late, missing, rate] with the agency's name. */
    static Map<String, String> dutyNames(List<Indicator> all) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Indicator i : all) {
            if (i.key().startsWith("duties.") && i.key().endsWith(".due")) {
                String role = i.key().substring(7, i.key().length() - 4);
                out.put(role, i.labelVi().replace(" — nghĩa vụ đến hạn", ""));
            }
        }
        return out;
    }

    static Chart dutiesChart(List<Indicator> all, boolean links) {
        Map<String, String> names = dutyNames(all);
        List<String> roles = new ArrayList<>(names.keySet());
        List<Chart.Series> series = List.of(
                new Chart.Series("Đúng hạn", roles.stream().map(r -> value(all, "duties." + r + ".on_time").doubleValue())
                        .toList(), Chart.PALETTE[2]),
                new Chart.Series("Trễ hạn", roles.stream().map(r -> value(all, "duties." + r + ".late").doubleValue())
                        .toList(), Chart.PALETTE[1]),
                new Chart.Series("Chưa thực hiện", roles.stream()
                        .map(r -> value(all, "duties." + r + ".missing").doubleValue()).toList(), Chart.PALETTE[3]));
        return new Chart(Chart.Kind.BARS, "Thực hiện nghĩa vụ phối hợp theo cơ quan", roles.stream().map(names::get)
                .toList(), links ? roles.stream().map(r -> "/registry/calendar").toList() : null, series, "count");
    }

    static Chart coverageChart(List<Indicator> all) {
        return new Chart(Chart.Kind.BARS, "Bao phủ và xác thực (%)",
                List.of("Bao phủ BHYT (% dân số)", "Người tham gia đã xác thực (%)"), null,
                List.of(new Chart.Series("%", List.of(value(all, "participants.health_coverage_pct").doubleValue(),
                        value(all, "verification.verified_pct").doubleValue()), Chart.PALETTE[0])), "percent");
    }

    static String findingStatusVi(String status) {
        return switch (status) {
            case "open" -> "Chờ xác minh";
            case "confirmed" -> "Đã xác nhận";
            case "dismissed" -> "Đã loại";
            default -> "Khắc phục theo dữ liệu";
        };
    }

    // ---- the official document -------------------------------------------------------------

    static OfficialDocument document(Content c) {
        List<Indicator> all = c.indicators();
        List<Section> body = new ArrayList<>();
        String asOf = DAY.format(c.period().to());
        body.add(new Section(null, List.of(new Paragraph("Thực hiện Quy chế phối hợp ban hành kèm theo Quyết định của "
                + "Ủy ban nhân dân tỉnh (Điều 24), Luật Bảo hiểm xã hội số 41/2024/QH15 (Điều 18.12) và các quy chế "
                + "phối hợp liên ngành, " + c.issuerNameVi() + " báo cáo kết quả thực hiện " + periodVi(c.period()) + " như sau:"))));

        List<Block> participants = new ArrayList<>();
        participants.add(new Paragraph("Tính đến ngày " + asOf + ", toàn tỉnh có "
                + Chart.number(value(all, "participants.units_active").doubleValue()) + " đơn vị đang tham gia với "
                + Chart.number(value(all, "participants.employees").doubleValue())
                + " người lao động tham gia bảo hiểm xã hội bắt buộc; "
                + Chart.number(value(all, "participants.health_card").doubleValue())
                + " người có thẻ bảo hiểm y tế còn giá trị, đạt tỷ lệ bao phủ "
                + Chart.number(value(all, "participants.health_coverage_pct").doubleValue()) + " % dân số. Đã xác thực "
                + Chart.number(value(all, "verification.verified").doubleValue()) + "/"
                + Chart.number(value(all, "verification.insured").doubleValue())
                + " người tham gia với Cơ sở dữ liệu quốc gia về dân cư ("
                + Chart.number(value(all, "verification.verified_pct").doubleValue()) + " %)."));
        participants.add(indicatorTable(all, Set.of("participants", "verification")));
        body.add(new Section("I. TÌNH HÌNH THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ", participants));

        List<Block> arrears = new ArrayList<>();
        arrears.add(new Paragraph("Tại ngày " + asOf + " có " + Chart.number(value(all, "arrears.units").doubleValue())
                + " đơn vị chậm đóng, trốn đóng với số tiền " + Chart.number(value(all, "arrears.overdue_vnd").doubleValue())
                + " đồng, trong đó " + Chart.number(value(all, "arrears.evading_units").doubleValue())
                + " đơn vị trốn đóng với số tiền " + Chart.number(value(all, "arrears.evasion_vnd").doubleValue())
                + " đồng; tỷ lệ nợ bằng " + Chart.number(value(all, "arrears.rate_pct").doubleValue())
                + " % số phải đóng từ đầu năm."));
        Chart trend = arrearsTrend(all, null);
        if (!trend.labels().isEmpty()) {
            arrears.add(new Figure(trend.png(), 1440, trend.height() * 2, "Biểu đồ 1. " + trend.title()));
            arrears.add(trendTable(all));
        }
        body.add(new Section("II. TÌNH HÌNH CHẬM ĐÓNG, TRỐN ĐÓNG", arrears));

        List<Block> findings = new ArrayList<>();
        findings.add(new Paragraph("Trong kỳ đã thực hiện " + Chart.number(value(all, "findings.runs").doubleValue())
                + " lần đối soát dữ liệu giữa các cơ quan; tổng số phát hiện đến cuối kỳ là "
                + Chart.number(value(all, "findings.total").doubleValue()) + "."));
        if (!findingsByRule(all).isEmpty()) {
            findings.add(findingsTable(all));
            Chart chart = findingsChart(all, false);
            findings.add(new Figure(chart.png(), 1440, chart.height() * 2, "Biểu đồ 2. " + chart.title()));
        }
        body.add(new Section("III. KẾT QUẢ ĐỐI SOÁT DỮ LIỆU", findings));

        body.add(new Section("IV. HỒ SƠ VỤ VIỆC VÀ CHUYỂN CƠ QUAN CÔNG AN", List.of(
                new Paragraph("Số hồ sơ chuyển cơ quan công an trong kỳ: "
                        + Chart.number(value(all, "referrals.refer").doubleValue()) + "; công an tiếp nhận: "
                        + Chart.number(value(all, "referrals.police_accept").doubleValue()) + "; đã có kết quả: "
                        + Chart.number(value(all, "referrals.police_result").doubleValue()) + "."),
                indicatorTable(all, Set.of("cases")))));
        body.add(new Section("V. GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO", List.of(indicatorTable(all, Set.of("complaints")))));
        List<Indicator> inspection = section(all, "inspection");
        body.add(new Section("VI. THANH TRA, KIỂM TRA", inspection.isEmpty()
                ? List.of(new Paragraph("Chưa có dữ liệu thanh tra, kiểm tra trên nền tảng (no inspection data): "
                        + "phân hệ thanh tra chưa cung cấp số liệu cho kỳ báo cáo này."))
                : List.of(indicatorTable(all, Set.of("inspection")))));

        List<Block> duties = new ArrayList<>();
        duties.add(new Paragraph("Tỷ lệ nghĩa vụ phối hợp đến hạn trong kỳ được thực hiện đúng hạn trên toàn tỉnh: "
                + Chart.number(value(all, "duties.all.rate_pct").doubleValue()) + " %."));
        if (!dutyNames(all).isEmpty()) {
            duties.add(dutiesTable(all));
        }
        body.add(new Section("VII. THỰC HIỆN NGHĨA VỤ PHỐI HỢP ĐÚNG HẠN", duties));

        List<Block> partsBlocks = new ArrayList<>();
        for (PeriodicReports.Part part : c.parts()) {
            if (!part.report().status().equals("submitted")) {
                continue;
            }
            for (String key : PeriodicReports.NARRATIVE) {
                String text = part.narrative().get(key);
                if (text != null) {
                    partsBlocks.add(new Paragraph(part.agencyName() + " — " + narrativeVi(key) + ": " + text));
                }
            }
        }
        if (partsBlocks.isEmpty()) {
            partsBlocks.add(new Paragraph("Chưa có cơ quan nào gửi báo cáo phần việc của mình."));
        }
        if (!c.agenciesNotSubmitted().isEmpty()) {
            partsBlocks.add(new Paragraph("Cơ quan chưa gửi báo cáo: " + String.join("; ", c.agenciesNotSubmitted()) + "."));
        }
        body.add(new Section("VIII. BÁO CÁO CỦA CÁC CƠ QUAN PHỐI HỢP", partsBlocks));

        Set<String> known = new LinkedHashSet<>(ReportFigures.SECTIONS);
        for (String other : all.stream().map(Indicator::section).filter(s -> !known.contains(s)).distinct().toList()) {
            body.add(new Section("Số liệu khác: " + other, List.of(indicatorTable(all, Set.of(other)))));
        }
        List<Block> closing = new ArrayList<>();
        for (String key : List.of("results", "difficulties", "proposals")) {
            String text = c.ownNarrative().get(key);
            if (text != null) {
                closing.add(new Paragraph(narrativeVi(key) + ": " + text));
            }
        }
        if (closing.isEmpty()) {
            closing.add(new Paragraph("Không có."));
        }
        body.add(new Section("IX. ĐÁNH GIÁ CHUNG, KHÓ KHĂN VÀ KIẾN NGHỊ", closing));

        boolean draft = !"consolidated".equals(c.status());
        return new OfficialDocument("BẢO HIỂM XÃ HỘI VIỆT NAM", c.issuingBodyVi(),
                c.number() == null ? "      /BC-BHXH" : c.number(), place(c.provinceNameVi()), c.date(), "BÁO CÁO",
                "Kết quả thực hiện Quy chế phối hợp " + periodVi(c.period()), draft ? "DỰ THẢO" : null, body,
                new OfficialDocument.Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""),
                List.of("Ủy ban nhân dân " + lowerFirst(c.provinceNameVi()), "Bảo hiểm xã hội Việt Nam",
                        "Các sở, ngành, đơn vị phối hợp", "Lưu: VT"));
    }

    static String narrativeVi(String key) {
        return switch (key) {
            case "results" -> "Kết quả thực hiện";
            case "difficulties" -> "Khó khăn, vướng mắc";
            default -> "Kiến nghị, đề xuất";
        };
    }

    private static Table indicatorTable(List<Indicator> all, Set<String> sections) {
        List<List<String>> rows = all.stream().filter(i -> sections.contains(i.section())).map(i -> List.of(i.labelVi(),
                format(i))).toList();
        return new Table(List.of("Chỉ tiêu", "Số liệu"), rows, List.of(false, true));
    }

    private static Table trendTable(List<Indicator> all) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : all) {
            if (i.key().startsWith("arrears.trend.")) {
                String month = i.key().substring("arrears.trend.".length());
                rows.add(List.of(month.substring(5) + "/" + month.substring(0, 4), Chart.number(i.value().doubleValue()),
                        Chart.number(value(all, "arrears.trend_evasion." + month).doubleValue())));
            }
        }
        return new Table(List.of("Tháng", "Nợ quá hạn (đồng)", "Trong đó trốn đóng (đồng)"), rows,
                List.of(false, true, true));
    }

    private static Table findingsTable(List<Indicator> all) {
        List<List<String>> rows = new ArrayList<>();
        findingsByRule(all).forEach((rule, byStatus) -> {
            List<String> row = new ArrayList<>();
            row.add(rule);
            long total = 0;
            for (String s : FINDING_STATUSES) {
                long v = byStatus.getOrDefault(s, 0L);
                total += v;
                row.add(Chart.number(v));
            }
            row.add(Chart.number(total));
            rows.add(row);
        });
        return new Table(List.of("Quy tắc", "Chờ xác minh", "Đã xác nhận", "Đã loại", "Khắc phục", "Tổng"), rows,
                List.of(false, true, true, true, true, true));
    }

    private static Table dutiesTable(List<Indicator> all) {
        List<List<String>> rows = new ArrayList<>();
        dutyNames(all).forEach((role, name) -> rows.add(List.of(name,
                Chart.number(value(all, "duties." + role + ".due").doubleValue()),
                Chart.number(value(all, "duties." + role + ".on_time").doubleValue()),
                Chart.number(value(all, "duties." + role + ".late").doubleValue()),
                Chart.number(value(all, "duties." + role + ".missing").doubleValue()),
                Chart.number(value(all, "duties." + role + ".rate_pct").doubleValue()) + " %")));
        return new Table(List.of("Cơ quan", "Đến hạn", "Đúng hạn", "Trễ hạn", "Chưa thực hiện", "Tỷ lệ đúng hạn"), rows,
                List.of(false, true, true, true, true, true));
    }

    // ---- the XLSX annex --------------------------------------------------------------------

    static List<Sheet> annex(Content c) {
        List<Indicator> all = c.indicators();
        String suffix = " — " + periodVi(c.period()) + ", " + lowerFirst(c.provinceNameVi());
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet("Chỉ tiêu", "Phụ lục: các chỉ tiêu" + suffix, List.of(
                new Sheet.Column("section", "Nhóm", Sheet.Kind.ID), new Sheet.Column("key", "Mã chỉ tiêu", Sheet.Kind.ID),
                new Sheet.Column("label", "Chỉ tiêu", Sheet.Kind.TEXT),
                new Sheet.Column("count", "Số lượng", Sheet.Kind.COUNT),
                new Sheet.Column("vnd", "Số tiền (đồng)", Sheet.Kind.VND),
                new Sheet.Column("pct", "Tỷ lệ", Sheet.Kind.PERCENT),
                new Sheet.Column("other", "Giá trị khác", Sheet.Kind.TEXT),
                new Sheet.Column("basis", "Cách tính, căn cứ", Sheet.Kind.TEXT)),
                all.stream().map(i -> {
                    List<Object> row = new ArrayList<>(List.of(i.section(), i.key(), i.labelVi()));
                    String unit = i.unit() == null ? "count" : i.unit();
                    row.add(unit.equals("count") ? i.value() : null);
                    row.add(unit.equals("vnd") ? i.value() : null);
                    row.add(unit.equals("percent") ? i.value() : null);
                    row.add(Set.of("count", "vnd", "percent").contains(unit) ? null : format(i) + " " + unit);
                    row.add(i.basis());
                    return row;
                }).toList(), null));
        List<List<Object>> trend = new ArrayList<>();
        for (Indicator i : all) {
            if (i.key().startsWith("arrears.trend.")) {
                String month = i.key().substring("arrears.trend.".length());
                trend.add(List.of(month, i.value(), value(all, "arrears.trend_evasion." + month)));
            }
        }
        sheets.add(new Sheet("Nợ đóng", "Nợ đóng, trốn đóng theo tháng (đồng)" + suffix, List.of(
                new Sheet.Column("month", "Tháng", Sheet.Kind.ID), new Sheet.Column("overdue", "Nợ quá hạn", Sheet.Kind.VND),
                new Sheet.Column("evasion", "Trong đó trốn đóng", Sheet.Kind.VND)), trend,
                new Sheet.ChartSpec(true, "Nợ đóng theo tháng", List.of(1, 2))));
        List<List<Object>> findings = new ArrayList<>();
        findingsByRule(all).forEach((rule, byStatus) -> {
            List<Object> row = new ArrayList<>();
            row.add(rule);
            FINDING_STATUSES.forEach(s -> row.add(byStatus.getOrDefault(s, 0L)));
            findings.add(row);
        });
        List<Sheet.Column> findingColumns = new ArrayList<>(List.of(new Sheet.Column("rule", "Quy tắc", Sheet.Kind.ID)));
        FINDING_STATUSES.forEach(s -> findingColumns.add(new Sheet.Column(s, findingStatusVi(s), Sheet.Kind.COUNT)));
        sheets.add(new Sheet("Phát hiện", "Phát hiện theo quy tắc và trạng thái" + suffix, findingColumns, findings,
                new Sheet.ChartSpec(false, "Phát hiện theo quy tắc", List.of(1, 2, 3, 4))));
        List<List<Object>> duties = new ArrayList<>();
        dutyNames(all).forEach((role, name) -> duties.add(List.of(name, value(all, "duties." + role + ".on_time"),
                value(all, "duties." + role + ".late"), value(all, "duties." + role + ".missing"),
                value(all, "duties." + role + ".rate_pct"))));
        sheets.add(new Sheet("Nghĩa vụ", "Thực hiện nghĩa vụ phối hợp" + suffix, List.of(
                new Sheet.Column("agency", "Cơ quan", Sheet.Kind.TEXT),
                new Sheet.Column("on_time", "Đúng hạn", Sheet.Kind.COUNT),
                new Sheet.Column("late", "Trễ hạn", Sheet.Kind.COUNT),
                new Sheet.Column("missing", "Chưa thực hiện", Sheet.Kind.COUNT),
                new Sheet.Column("rate", "Tỷ lệ đúng hạn", Sheet.Kind.PERCENT)), duties,
                new Sheet.ChartSpec(false, "Nghĩa vụ theo cơ quan", List.of(1, 2, 3))));
        return sheets;
    }

    // ---- JSON ------------------------------------------------------------------------------

    static Map<String, Object> json(Content c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", c.period().label());
        out.put("from", c.period().from().toString());
        out.put("to", c.period().to().toString());
        out.put("province", c.provinceCode());
        out.put("status", c.status());
        out.put("number", c.number());
        out.put("date", c.date().toString());
        out.put("indicators", c.indicators().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", i.section());
            m.put("key", i.key());
            m.put("label_vi", i.labelVi());
            m.put("label_en", i.labelEn());
            m.put("value", i.value());
            m.put("unit", i.unit());
            m.put("basis", i.basis());
            return m;
        }).toList());
        out.put("inspection_data", !section(c.indicators(), "inspection").isEmpty());
        out.put("parts", c.parts().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.report().id());
            m.put("agency", p.report().agencyCode());
            m.put("agency_name", p.agencyName());
            m.put("status", p.report().status());
            m.put("submitted_at", p.report().submittedAt() == null ? null : p.report().submittedAt().toString());
            m.put("narrative", p.narrative());
            return m;
        }).toList());
        out.put("not_submitted", c.agenciesNotSubmitted());
        out.put("deadlines", c.deadlines().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("duty", d.dutyId());
            m.put("from_role", d.fromRole());
            m.put("due", d.dueDate().toString());
            m.put("status", d.status().dbValue());
            m.put("basis", d.regulation() + " Điều " + d.article());
            return m;
        }).collect(Collectors.toList()));
        return out;
    }
}
