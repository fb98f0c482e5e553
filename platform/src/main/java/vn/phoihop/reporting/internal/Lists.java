package vn.phoihop.reporting.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists the regulations require, from the province's accepted data:
 * <ul>
 *   <li>arrears: units late or evading (QCPH 1619 Điều 9.3, 19.3 for the trade unions; Luật BHXH
 *       41/2024 Điều 35 for publication — organisations only, never individuals);</li>
 *   <li>awards: late-payment status at 31/12, education units at the end of July (Quy chế Kon Tum
 *       Điều 7.7; QCPH 1619 Điều 14, 22);</li>
 *   <li>new units: new participating units and newly founded unions (QCPH 1619 Điều 13, 21);</li>
 *   <li>businesses: new, suspended, resumed and dissolved (Quy chế Kon Tum Điều 9.1).</li>
 * </ul>
 * Reference dates and windows are data with their article (table reporting_rule).
 */
@Component
class Lists {

    static final List<String> KINDS = List.of("arrears", "awards", "new-units", "businesses");

    private final ProvinceData data;
    private final JdbcClient jdbc;

    Lists(ProvinceData data, JdbcClient jdbc) {
        this.data = data;
        this.jdbc = jdbc;
    }

    /** A list: its sheets, the window it covers and the articles it rests on. */
    record ListResult(String kind, LocalDate asOf, LocalDate from, String titleVi, String basis, List<Sheet> sheets) {
    }

    ListResult build(String kind, String provinceCode, LocalDate asOf) {
        return switch (kind) {
            case "arrears" -> arrears(provinceCode, asOf, false);
            case "awards" -> awards(provinceCode, asOf);
            case "new-units" -> newUnits(provinceCode, asOf);
            case "businesses" -> businesses(provinceCode, asOf);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /**
     * Whether a unit may be named in public: an organisation (a 10-digit enterprise tax code or a
     * branch code 10+3), not an individual or household business, whose tax code is the owner's
     * 12-digit personal identification number (Luật BHXH 41/2024 Điều 35; personal data).
     */
    static boolean isOrganisation(String taxCode, String name) {
        String code = taxCode == null ? "" : taxCode.replace("-", "");
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        boolean householdName = lower.startsWith("hộ kinh doanh") || lower.startsWith("hkd") || lower.startsWith("cá nhân")
                || lower.startsWith("hộ gia đình");
        return (code.matches("\\d{10}") || code.matches("\\d{13}")) && !householdName;
    }

    static List<Sheet.Column> arrearsColumns(boolean publication) {
        List<Sheet.Column> columns = new ArrayList<>(List.of(new Sheet.Column("no", "STT", Sheet.Kind.COUNT),
                new Sheet.Column("tax_code", "Mã số thuế", Sheet.Kind.ID),
                new Sheet.Column("name", "Tên đơn vị", Sheet.Kind.TEXT)));
        if (!publication) {
            columns.add(1, new Sheet.Column("unit_code", "Mã đơn vị", Sheet.Kind.ID));
            columns.add(new Sheet.Column("sector", "Khối", Sheet.Kind.ID));
        }
        columns.add(new Sheet.Column("status", "Tình trạng", Sheet.Kind.TEXT));
        columns.add(new Sheet.Column("months", "Số kỳ nợ", Sheet.Kind.COUNT));
        columns.add(new Sheet.Column("since", "Nợ từ kỳ", Sheet.Kind.DATE));
        columns.add(new Sheet.Column("overdue_vnd", "Số tiền nợ (đồng)", Sheet.Kind.VND));
        columns.add(new Sheet.Column("evasion_vnd", "Trong đó trốn đóng (đồng)", Sheet.Kind.VND));
        return columns;
    }

    ListResult arrears(String provinceCode, LocalDate asOf, boolean publication) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ProvinceData.UnitArrears u : data.arrears(provinceCode, asOf)) {
            if (publication && !isOrganisation(u.taxCode(), u.name())) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(++n);
            if (!publication) {
                row.add(u.unitCode());
            }
            row.add(u.taxCode());
            row.add(u.name());
            if (!publication) {
                row.add(u.sector());
            }
            row.add(u.evading() ? "Trốn đóng" : "Chậm đóng");
            row.add(u.overduePeriods());
            row.add(u.firstPeriod());
            row.add(u.overdueVnd());
            row.add(u.evasionVnd());
            rows.add(row);
        }
        String title = (publication ? "Danh sách công khai đơn vị chậm đóng, trốn đóng" : "Danh sách đơn vị chậm đóng, trốn đóng")
                + " tại ngày " + ReportDocuments.DAY.format(asOf);
        String basis = publication ? "Luật BHXH 41/2024 Điều 35 (chỉ tổ chức, không nêu cá nhân)"
                : "QCPH 1619 Điều 9.3, 19.3; Luật BHXH 41/2024 Điều 38, 39";
        return new ListResult("arrears", asOf, null, title, basis, List.of(new Sheet("Nợ đóng", title,
                arrearsColumns(publication), rows, null)));
    }

    /** Reference date of the awards list for a sector: 31/12, or the end of July for education. */
    LocalDate awardsReference(String sector, LocalDate asOf) {
        String code = "education".equals(sector) ? "awards.reference.education" : "awards.reference.general";
        MonthDay day = MonthDay.parse("--" + rule(code));
        LocalDate reference = day.atYear(asOf.getYear());
        return reference.isAfter(asOf) ? day.atYear(asOf.getYear() - 1) : reference;
    }

    ListResult awards(String provinceCode, LocalDate asOf) {
        List<ProvinceData.Unit> units = data.units(provinceCode);
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(awardsReference("enterprise", asOf));
        dates.add(awardsReference("education", asOf));
        Map<LocalDate, List<ProvinceData.UnitArrears>> arrears = data.arrearsAt(provinceCode, dates);
        List<List<Object>> notEligible = new ArrayList<>();
        List<List<Object>> eligible = new ArrayList<>();
        for (ProvinceData.Unit unit : units) {
            LocalDate reference = awardsReference(unit.sector(), asOf);
            if (unit.registeredOn() != null && unit.registeredOn().isAfter(reference)) {
                continue;
            }
            ProvinceData.UnitArrears owed = arrears.get(reference).stream()
                    .filter(a -> a.unitCode().equals(unit.unitCode())).findFirst().orElse(null);
            List<Object> row = new ArrayList<>(List.of(0, unit.unitCode(), unit.taxCode(), unit.name(), unit.sector(),
                    reference));
            row.add(owed == null ? "Đủ điều kiện về đóng BHXH" : owed.evading() ? "Không đề nghị khen thưởng: trốn đóng"
                    : "Không đề nghị khen thưởng: chậm đóng");
            row.add(owed == null ? 0L : owed.overdueVnd());
            row.add(owed == null ? 0L : owed.evasionVnd());
            (owed == null ? eligible : notEligible).add(row);
        }
        List<List<Object>> rows = new ArrayList<>(notEligible);
        rows.addAll(eligible);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).set(0, i + 1);
        }
        String title = "Tình hình đóng BHXH để xét thi đua, khen thưởng tại ngày " + ReportDocuments.DAY.format(asOf)
                + " (đơn vị giáo dục: " + ReportDocuments.DAY.format(awardsReference("education", asOf)) + ")";
        return new ListResult("awards", asOf, null, title, "Quy chế Kon Tum Điều 7.7; QCPH 1619 Điều 14, 22",
                List.of(new Sheet("Khen thưởng", title, List.of(new Sheet.Column("no", "STT", Sheet.Kind.COUNT),
                        new Sheet.Column("unit_code", "Mã đơn vị", Sheet.Kind.ID),
                        new Sheet.Column("tax_code", "Mã số thuế", Sheet.Kind.ID),
                        new Sheet.Column("name", "Tên đơn vị", Sheet.Kind.TEXT),
                        new Sheet.Column("sector", "Khối", Sheet.Kind.ID),
                        new Sheet.Column("reference", "Ngày xét", Sheet.Kind.DATE),
                        new Sheet.Column("status", "Kết quả", Sheet.Kind.TEXT),
                        new Sheet.Column("overdue_vnd", "Số tiền nợ (đồng)", Sheet.Kind.VND),
                        new Sheet.Column("evasion_vnd", "Trong đó trốn đóng (đồng)", Sheet.Kind.VND)), rows, null)));
    }

    ListResult newUnits(String provinceCode, LocalDate asOf) {
        LocalDate from = asOf.plusDays(1).minusMonths(Integer.parseInt(rule("new_units.window.months")));
        Set<String> unions = data.unionTaxCodes(provinceCode, asOf);
        List<List<Object>> units = new ArrayList<>();
        for (ProvinceData.Unit unit : data.units(provinceCode)) {
            if (unit.registeredOn() != null && !unit.registeredOn().isBefore(from) && !unit.registeredOn().isAfter(asOf)) {
                units.add(new ArrayList<>(List.of(units.size() + 1, unit.unitCode(), unit.taxCode(), unit.name(),
                        unit.registeredOn(), unions.contains(unit.taxCode()) ? "Đã có" : "Chưa có")));
            }
        }
        List<List<Object>> founded = new ArrayList<>();
        for (ProvinceData.Union union : data.unionsFounded(provinceCode, from, asOf)) {
            List<Object> row = new ArrayList<>();
            row.add(founded.size() + 1);
            row.add(union.taxCode());
            row.add(union.unitName() == null ? "" : union.unitName());
            row.add(union.foundedOn());
            row.add(union.members());
            row.add(union.unitName() == null ? "Chưa tham gia" : "Đang tham gia");
            founded.add(row);
        }
        String window = ReportDocuments.DAY.format(from) + " – " + ReportDocuments.DAY.format(asOf);
        return new ListResult("new-units", asOf, from, "Đơn vị mới tham gia BHXH và công đoàn cơ sở mới thành lập, "
                + window, "QCPH 1619 Điều 13, 21", List.of(
                new Sheet("Đơn vị mới", "Đơn vị mới tham gia BHXH, " + window, List.of(
                        new Sheet.Column("no", "STT", Sheet.Kind.COUNT),
                        new Sheet.Column("unit_code", "Mã đơn vị", Sheet.Kind.ID),
                        new Sheet.Column("tax_code", "Mã số thuế", Sheet.Kind.ID),
                        new Sheet.Column("name", "Tên đơn vị", Sheet.Kind.TEXT),
                        new Sheet.Column("registered_on", "Ngày tham gia", Sheet.Kind.DATE),
                        new Sheet.Column("union", "Công đoàn cơ sở", Sheet.Kind.ID)), units, null),
                new Sheet("Công đoàn mới", "Công đoàn cơ sở mới thành lập, " + window, List.of(
                        new Sheet.Column("no", "STT", Sheet.Kind.COUNT),
                        new Sheet.Column("tax_code", "Mã số thuế", Sheet.Kind.ID),
                        new Sheet.Column("name", "Tên đơn vị tham gia BHXH", Sheet.Kind.TEXT),
                        new Sheet.Column("founded_on", "Ngày thành lập", Sheet.Kind.DATE),
                        new Sheet.Column("members", "Số đoàn viên", Sheet.Kind.COUNT),
                        new Sheet.Column("si", "Tham gia BHXH", Sheet.Kind.ID)), founded, null)));
    }

    /** The change a business went through in the window, or null. */
    static String change(ProvinceData.Business b, LocalDate from, LocalDate to) {
        boolean inWindow = b.statusSince() != null && !b.statusSince().isBefore(from) && !b.statusSince().isAfter(to);
        if (inWindow && b.status().equals("suspended")) {
            return "Tạm ngừng kinh doanh";
        }
        if (inWindow && (b.status().equals("dissolved") || b.status().equals("bankrupt"))) {
            return b.status().equals("bankrupt") ? "Phá sản" : "Giải thể";
        }
        if (inWindow && b.status().equals("active") && b.registeredOn() != null
                && b.statusSince().isAfter(b.registeredOn())) {
            return "Hoạt động trở lại";
        }
        if (b.registeredOn() != null && !b.registeredOn().isBefore(from) && !b.registeredOn().isAfter(to)) {
            return "Thành lập mới";
        }
        return null;
    }

    ListResult businesses(String provinceCode, LocalDate asOf) {
        LocalDate from = asOf.plusDays(1).minusMonths(Integer.parseInt(rule("businesses.window.months")));
        List<List<Object>> rows = new ArrayList<>();
        for (ProvinceData.Business b : data.businesses(provinceCode)) {
            String change = change(b, from, asOf);
            if (change != null) {
                LocalDate day = change.equals("Thành lập mới") ? b.registeredOn() : b.statusSince();
                rows.add(new ArrayList<>(List.of(0, b.taxCode(), b.name(), change, day,
                        b.address() == null ? "" : b.address())));
            }
        }
        rows.sort(java.util.Comparator.comparing((List<Object> r) -> (String) r.get(3))
                .thenComparing(r -> (String) r.get(1)));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).set(0, i + 1);
        }
        String window = ReportDocuments.DAY.format(from) + " – " + ReportDocuments.DAY.format(asOf);
        String title = "Doanh nghiệp thành lập mới, tạm ngừng, hoạt động trở lại, giải thể, " + window;
        return new ListResult("businesses", asOf, from, title, "Quy chế Kon Tum Điều 9.1", List.of(
                new Sheet("Doanh nghiệp", title, List.of(new Sheet.Column("no", "STT", Sheet.Kind.COUNT),
                        new Sheet.Column("tax_code", "Mã số thuế", Sheet.Kind.ID),
                        new Sheet.Column("name", "Tên doanh nghiệp", Sheet.Kind.TEXT),
                        new Sheet.Column("change", "Thay đổi", Sheet.Kind.ID),
                        new Sheet.Column("on", "Từ ngày", Sheet.Kind.DATE),
                        new Sheet.Column("address", "Địa chỉ trụ sở", Sheet.Kind.TEXT)), rows, null)));
    }

    String rule(String code) {
        return jdbc.sql("SELECT value FROM reporting_rule WHERE code = ?").param(code).query(String.class).single();
    }
}
