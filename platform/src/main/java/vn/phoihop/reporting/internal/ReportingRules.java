package vn.phoihop.reporting.internal;

import java.time.LocalDate;

/** The lists' small rules, public for their unit tests. */
public final class ReportingRules {

    private ReportingRules() {
    }

    /** Whether a unit may be named in the published list (Luật BHXH 41/2024 Điều 35: organisations only). */
    public static boolean isOrganisation(String taxCode, String name) {
        return Lists.isOrganisation(taxCode, name);
    }

    /** Text safe to put in a spreadsheet cell. */
    public static String spreadsheetSafe(String text) {
        return XlsxWriter.safe(text);
    }

    /** The change of a business in a window (Quy chế Kon Tum Điều 9.1), or null. */
    public static String businessChange(String registeredOn, String status, String statusSince, LocalDate from,
            LocalDate to) {
        return Lists.change(new ProvinceData.Business("0", "x", LocalDate.parse(registeredOn), status,
                statusSince == null ? null : LocalDate.parse(statusSince), null), from, to);
    }
}
