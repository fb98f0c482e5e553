package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows the reader must reject, each with exactly one fault, listed in {@code
 * expected_rejects.csv}. They use identities and units that appear nowhere else (or repeat
 * an existing key), so whether they are rejected or not, no finding depends on them.
 */
final class BadRows {

    /** One expected reject: where it is and which column is wrong. */
    record Reject(String dataset, String file, long line, String column) {
        static final String HEADER = "dataset,file,line,column";

        String csvLine() {
            return String.join(",", dataset, file, Long.toString(line), column);
        }
    }

    private final World world;
    private final List<Reject> rejects = new ArrayList<>();

    BadRows(World world) {
        this.world = world;
    }

    List<Reject> rejects() {
        return rejects;
    }

    /**
     * @param firstPopulationRow a population row already written (for the duplicate key)
     * @param firstUnitCode      a unit code already written, or null when there is none
     */
    void write(Object[] firstPopulationRow, String firstUnitCode) {
        LocalDate asOf = world.asOf;
        String unit = firstUnitCode != null ? firstUnitCode : "QN8000000";

        String lostZeroId = junkPersonalId(Gender.MALE, 1985).substring(1);
        bad(Dataset.POPULATION, "personal_id", lostZeroId, "Trần Văn Lợi", "1985-04-12", "Nam", "51", "21001", null, null);
        bad(Dataset.POPULATION, "birth_date", junkPersonalId(Gender.FEMALE, 1987), "Lê Thị Ngọc", "31/02/1987", "Nữ", "51",
                "21004", null, null);
        bad(Dataset.POPULATION, "gender", junkPersonalId(Gender.MALE, 1990), "Phạm Minh Quân", "1990-10-10", "X", "51",
                "21007", null, null);
        if (firstPopulationRow != null) {
            bad(Dataset.POPULATION, "personal_id", firstPopulationRow);
        }

        bad(Dataset.INSURED_PERSONS, "social_insurance_code", "2" + Identifiers.pad(world.newPersonIndex() % 100_000_000, 8),
                null, null, "Võ Thị Hạnh", "1979-03-03", "Nữ", "51");
        bad(Dataset.INSURED_PERSONS, "full_name", junkCode(), junkPersonalId(Gender.MALE, 1970), null, "", "1970-01-01",
                "Nam", "51");
        bad(Dataset.INSURED_PERSONS, "gender", junkCode(), null, null, "Hồ Văn Tâm", "1968-06-06", "F", "51");

        bad(Dataset.EMPLOYERS, "payment_mode", "QN8000001", Identifiers.taxCode("43", 4_900_000), "Công ty TNHH Bảo Long",
                "51", "2020-02-02", "active", "yearly", "enterprise");
        bad(Dataset.EMPLOYERS, "tax_code", "QN8000002", null, "Công ty Cổ phần Sông Vệ", "51", "2019-09-09", "active",
                "monthly", "enterprise");
        if (firstUnitCode != null) {
            bad(Dataset.EMPLOYERS, "unit_code", firstUnitCode, Identifiers.taxCode("43", 4_900_001), "Công ty TNHH Trùng Mã",
                    "51", "2018-08-08", "active", "monthly", "other");
        }

        bad(Dataset.EMPLOYMENT, "start_month", junkCode(), unit, "13/2025", null, "6000000");
        bad(Dataset.CONTRIBUTION_DUES, "amount_due", "QN8000003", world.asOfMonth.toString(), "3", "2.500.00");
        if (world.firstPaymentRef() != null) {
            // Only a reference already written: repeating one written later would reject the later, real row.
            bad(Dataset.CONTRIBUTION_PAYMENTS, "payment_ref", world.firstPaymentRef(), unit, asOf.minusDays(3).toString(),
                    "1000");
        }
        bad(Dataset.CONTRIBUTION_PAYMENTS, "paid_on", "FX0000000001", "QN8000003", "2026-02-30", "1000000");
        bad(Dataset.CONTRIBUTION_PAYMENTS, "amount", "FX0000000002", "QN8000003", asOf.minusDays(4).toString(), "-500000");

        String junkTax = Identifiers.taxCode("01", 4_900_002);
        bad(Dataset.BUSINESS_REGISTRY, "tax_code", junkTax.substring(1), "Công ty TNHH Mất Số Không", "2015-05-05",
                "active", null, "01", "12 Lê Duẩn, Hà Nội", "Nguyễn Văn An");
        bad(Dataset.BUSINESS_REGISTRY, "status", Identifiers.taxCode("43", 4_900_003), "Công ty TNHH Đang Chạy",
                "2016-06-06", "operating", null, "51", "5 Quang Trung, Phường Cẩm Thành", "Lê Văn Bình");
        bad(Dataset.TAX_EMPLOYERS, "tax_code", Identifiers.taxCode("01", 4_900_004).substring(1),
                Integer.toString(asOf.getYear() - 1), "active", "3", "0");
        bad(Dataset.TAX_EMPLOYERS, "si_expense_deducted", Identifiers.taxCode("43", 4_900_005),
                Integer.toString(asOf.getYear() - 1), "active", "0", "12tr");

        bad(Dataset.UI_BENEFITS, "monthly_amount", "QD-51-X000001", junkCode(), null, "2026-01-05", "2026-04-04",
                "4.800.000 đ", "51");
        bad(Dataset.UI_BENEFITS, "end_date", "QD-51-X000002", junkCode(), null, "05/01/2026", "31/04/2026", "4800000", "51");
        bad(Dataset.PENSION_PAYMENTS, "amount", junkCode(), null, world.asOfMonth.toString(), "",
                world.asOfMonth.atDay(1).toString());
        bad(Dataset.HEALTH_CARDS, "funded_by", "GD451" + junkCode(), junkCode(), null, "GD", "company",
                asOf.minusMonths(2).toString(), null, "51");
        bad(Dataset.HEALTH_CARDS, "valid_from", "HN451" + junkCode(), junkCode(), null, "HN", "budget_support", "29/02/2025",
                null, "51");
        bad(Dataset.STUDENTS, "personal_id", "51TH99000", "Trường Tiểu học Thử", junkPersonalId(Gender.FEMALE, 2016).substring(1),
                "Đỗ Thị Mai", "03/03/2016", world.schoolYearContainingAsOf());
        bad(Dataset.BIRTH_REGISTRATIONS, "birth_date", junkPersonalId(Gender.MALE, 2024), "Bùi Văn Khang", "30/02/2024",
                "10/03/2024", "21010");
        bad(Dataset.BIRTH_REGISTRATIONS, "registered_on", junkPersonalId(Gender.FEMALE, 2023), "Ngô Thị Nhi", "2023-07-07",
                null, "21013");
        bad(Dataset.UNION_UNITS, "union_founded_on", Identifiers.taxCode("43", 4_900_006), "2023-00-10", "15");
        bad(Dataset.FACILITY_SPENDING, "estimate", "5199999", "Phòng khám Thử", Integer.toString(asOf.getYear() - 1), "1,5 tỷ",
                "1000000");
        bad(Dataset.ETHNIC_SUPPORT, "eligible_from", junkPersonalId(Gender.MALE, 1975), "Đinh Văn Hmưng", "21031",
                "2021/13/01", null);
        bad(Dataset.PAYMENT_REMINDERS, "sent_on", "DD-51-X00001", "QN8000003", null);
    }

    private void bad(Dataset dataset, String column, Object... values) {
        long line = world.write(dataset, values);
        rejects.add(new Reject(dataset.code(), world.sinks.fileName(dataset), line, column));
    }

    private String junkPersonalId(Gender gender, int birthYear) {
        return Identifiers.personalId(world.newPersonIndex(), false, gender, birthYear);
    }

    private String junkCode() {
        return Identifiers.socialInsuranceCode(world.newPersonIndex());
    }
}
