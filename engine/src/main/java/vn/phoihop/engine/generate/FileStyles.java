package vn.phoihop.engine.generate;

import java.util.EnumMap;
import java.util.Map;

import vn.phoihop.engine.generate.FileStyle.DateForm;
import vn.phoihop.engine.generate.FileStyle.HeaderCase;
import vn.phoihop.engine.generate.FileStyle.MoneyForm;

/** Which legal variations each generated file uses; every variation occurs in some file. */
final class FileStyles {

    /** Above this scale the XLSX dataset is written as CSV (XLSX is for small demo files). */
    static final double MAX_SCALE_FOR_XLSX = 10;

    private FileStyles() {
    }

    static Map<Dataset, FileStyle> forScale(double scale) {
        Map<Dataset, FileStyle> styles = new EnumMap<>(Dataset.class);
        styles.put(Dataset.POPULATION, FileStyle.csv(',').withBom());
        styles.put(Dataset.INSURED_PERSONS, FileStyle.csv(';').withCrlf().withHeader(HeaderCase.UPPER)
                .withOrder("full_name", "social_insurance_code", "birth_date", "gender", "personal_id",
                        "old_id_number", "province_code")
                .withDates(DateForm.DAY_FIRST).withMonths(DateForm.DAY_FIRST).withGenderVariants());
        FileStyle employers = FileStyle.csv('\t').withHeader(HeaderCase.TITLE).withDates(DateForm.DAY_FIRST);
        styles.put(Dataset.EMPLOYERS, scale <= MAX_SCALE_FOR_XLSX ? employers.asXlsx() : employers);
        styles.put(Dataset.EMPLOYMENT, FileStyle.csv('\t').withMonths(DateForm.DAY_FIRST).withMoney(MoneyForm.DOT_GROUPED));
        styles.put(Dataset.CONTRIBUTION_DUES, FileStyle.csv(',').withHeader(HeaderCase.TITLE)
                .withMonths(DateForm.MIXED).withMoney(MoneyForm.COMMA_GROUPED));
        styles.put(Dataset.CONTRIBUTION_PAYMENTS, FileStyle.csv(';').withBom().withCrlf()
                .withDates(DateForm.DAY_FIRST).withMoney(MoneyForm.DOT_GROUPED));
        styles.put(Dataset.BUSINESS_REGISTRY, FileStyle.csv(',').withQuotedText().withDates(DateForm.MIXED)
                .withOrder("name", "tax_code", "status", "registered_on", "status_since", "address",
                        "legal_representative", "province_code"));
        styles.put(Dataset.TAX_EMPLOYERS, FileStyle.csv(',').withCrlf().withMoney(MoneyForm.MIXED));
        styles.put(Dataset.UI_BENEFITS, FileStyle.csv(';').withBom().withDates(DateForm.DAY_FIRST));
        styles.put(Dataset.PENSION_PAYMENTS, FileStyle.csv('\t').withMonths(DateForm.DAY_FIRST));
        styles.put(Dataset.HEALTH_CARDS, FileStyle.csv(',').withHeader(HeaderCase.TITLE).withDates(DateForm.MIXED)
                .withOrder("personal_id", "card_number", "group_code", "funded_by", "valid_from", "valid_to",
                        "social_insurance_code", "province_code"));
        styles.put(Dataset.STUDENTS, FileStyle.csv(',').withQuotedText().withDates(DateForm.DAY_FIRST));
        styles.put(Dataset.BIRTH_REGISTRATIONS, FileStyle.csv(';').withDates(DateForm.DAY_FIRST));
        styles.put(Dataset.UNION_UNITS, FileStyle.csv(','));
        styles.put(Dataset.FACILITY_SPENDING, FileStyle.csv('\t').withMoney(MoneyForm.DOT_GROUPED));
        styles.put(Dataset.ETHNIC_SUPPORT, FileStyle.csv(',').withBom().withCrlf().withDates(DateForm.DAY_FIRST));
        styles.put(Dataset.PAYMENT_REMINDERS, FileStyle.csv(';').withHeader(HeaderCase.UPPER));
        return styles;
    }
}
