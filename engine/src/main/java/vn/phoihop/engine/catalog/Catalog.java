package vn.phoihop.engine.catalog;

import static vn.phoihop.engine.catalog.Column.optional;
import static vn.phoihop.engine.catalog.Column.required;
import static vn.phoihop.engine.catalog.Column.requiredEnumeration;
import static vn.phoihop.engine.catalog.ColumnKind.BIRTH_DATE;
import static vn.phoihop.engine.catalog.ColumnKind.CODE;
import static vn.phoihop.engine.catalog.ColumnKind.COMMUNE_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.COUNT;
import static vn.phoihop.engine.catalog.ColumnKind.DATE;
import static vn.phoihop.engine.catalog.ColumnKind.FULL_NAME;
import static vn.phoihop.engine.catalog.ColumnKind.GENDER;
import static vn.phoihop.engine.catalog.ColumnKind.GROUP_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.MONEY;
import static vn.phoihop.engine.catalog.ColumnKind.MONTH;
import static vn.phoihop.engine.catalog.ColumnKind.OLD_ID_NUMBER;
import static vn.phoihop.engine.catalog.ColumnKind.PERSONAL_ID;
import static vn.phoihop.engine.catalog.ColumnKind.PROVINCE_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.SCHOOL_YEAR;
import static vn.phoihop.engine.catalog.ColumnKind.SOCIAL_INSURANCE_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.TAX_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.TEXT;
import static vn.phoihop.engine.catalog.ColumnKind.UNIT_CODE;
import static vn.phoihop.engine.catalog.ColumnKind.YEAR;

import java.util.List;
import java.util.Optional;

/** The 17 exchange datasets of shared/spec/datasets.md, in the order of that file. */
public final class Catalog {

    private static final String POLICE = "police.province";
    private static final String SOCIAL_SECURITY = "social_security.province";

    // Column descriptions shared by several datasets (Vietnamese, for templates and forms).
    private static final String PERSONAL_ID_VI = "Số định danh cá nhân (CCCD), 12 chữ số, giữ số 0 ở đầu";
    private static final String OLD_ID_VI = "Số CMND cũ, 9 chữ số";
    private static final String SOCIAL_INSURANCE_CODE_VI = "Mã số BHXH, 10 chữ số, giữ số 0 ở đầu";
    private static final String TAX_CODE_VI = "Mã số thuế, 10 chữ số hoặc 10 chữ số-3 chữ số (chi nhánh)";
    private static final String UNIT_CODE_VI = "Mã đơn vị tham gia BHXH, 1–20 ký tự: chữ, số, '-', '_'";
    private static final String FULL_NAME_VI = "Họ và tên";
    private static final String BIRTH_DATE_VI = "Ngày sinh: YYYY-MM-DD hoặc DD/MM/YYYY; có thể chỉ YYYY, YYYY-MM hoặc MM/YYYY";
    private static final String GENDER_VI = "Giới tính: Nam hoặc Nữ";
    private static final String PROVINCE_CODE_VI = "Mã tỉnh/thành phố, 2 chữ số";
    private static final String COMMUNE_CODE_VI = "Mã xã/phường, 5 chữ số";
    private static final String PERIOD_VI = "Kỳ (tháng): YYYY-MM hoặc MM/YYYY";
    private static final String MONEY_SUFFIX_VI = " (đồng, số nguyên, có thể nhóm 3 chữ số bằng '.' hoặc ',')";

    private static final List<Dataset> ALL = List.of(
            new Dataset("population",
                    "Trích xuất Cơ sở dữ liệu quốc gia về dân cư",
                    "National Population Database extract",
                    List.of(POLICE),
                    List.of(
                            required("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("full_name", FULL_NAME, FULL_NAME_VI),
                            required("birth_date", BIRTH_DATE, BIRTH_DATE_VI),
                            required("gender", GENDER, GENDER_VI),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI),
                            optional("commune_code", COMMUNE_CODE, COMMUNE_CODE_VI),
                            optional("death_date", DATE, "Ngày mất, để trống nếu còn sống"),
                            optional("old_id_number", OLD_ID_NUMBER, OLD_ID_VI)),
                    List.of("personal_id")),
            new Dataset("insured_persons",
                    "Người tham gia trong Cơ sở dữ liệu quốc gia về bảo hiểm",
                    "National Insurance Database persons",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("social_insurance_code", SOCIAL_INSURANCE_CODE, SOCIAL_INSURANCE_CODE_VI),
                            optional("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            optional("old_id_number", OLD_ID_NUMBER, OLD_ID_VI),
                            required("full_name", FULL_NAME, FULL_NAME_VI),
                            required("birth_date", BIRTH_DATE, BIRTH_DATE_VI),
                            required("gender", GENDER, GENDER_VI),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI)),
                    List.of("social_insurance_code")),
            new Dataset("employers",
                    "Đơn vị tham gia BHXH",
                    "Units registered for social insurance",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("unit_code", UNIT_CODE, UNIT_CODE_VI),
                            required("tax_code", TAX_CODE, TAX_CODE_VI),
                            required("name", TEXT, "Tên đơn vị"),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI),
                            required("registered_on", DATE, "Ngày đăng ký tham gia"),
                            requiredEnumeration("status", "Trạng thái: active (hoạt động), suspended (tạm dừng), closed (đóng)",
                                    "active", "suspended", "closed"),
                            requiredEnumeration("payment_mode", "Phương thức đóng: monthly (hằng tháng), quarterly (3 tháng), half_yearly (6 tháng)",
                                    "monthly", "quarterly", "half_yearly"),
                            requiredEnumeration("sector", "Khối: enterprise (doanh nghiệp), public (hành chính sự nghiệp), education (giáo dục), other (khác)",
                                    "enterprise", "public", "education", "other")),
                    List.of("unit_code")),
            new Dataset("employment",
                    "Quá trình tham gia BHXH",
                    "Participation periods",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("social_insurance_code", SOCIAL_INSURANCE_CODE, SOCIAL_INSURANCE_CODE_VI),
                            required("unit_code", UNIT_CODE, UNIT_CODE_VI),
                            required("start_month", MONTH, "Tháng bắt đầu: YYYY-MM hoặc MM/YYYY"),
                            optional("end_month", MONTH, "Tháng kết thúc: YYYY-MM hoặc MM/YYYY; để trống nếu đang tham gia"),
                            required("insured_salary", MONEY, "Tiền lương đóng BHXH" + MONEY_SUFFIX_VI)),
                    List.of("social_insurance_code", "unit_code", "start_month")),
            new Dataset("contribution_dues",
                    "Số phải đóng theo đơn vị và tháng",
                    "Amounts due per unit and month",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("unit_code", UNIT_CODE, UNIT_CODE_VI),
                            required("period", MONTH, PERIOD_VI),
                            required("headcount", COUNT, "Số lao động"),
                            required("amount_due", MONEY, "Số tiền phải đóng" + MONEY_SUFFIX_VI)),
                    List.of("unit_code", "period")),
            new Dataset("contribution_payments",
                    "Số tiền đã nộp",
                    "Money received",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("payment_ref", CODE, "Số chứng từ nộp tiền"),
                            required("unit_code", UNIT_CODE, UNIT_CODE_VI),
                            required("paid_on", DATE, "Ngày nộp"),
                            required("amount", MONEY, "Số tiền" + MONEY_SUFFIX_VI)),
                    List.of("payment_ref")),
            new Dataset("business_registry",
                    "Doanh nghiệp đăng ký kinh doanh",
                    "Enterprises",
                    List.of("business_registration.province"),
                    List.of(
                            required("tax_code", TAX_CODE, TAX_CODE_VI),
                            required("name", TEXT, "Tên doanh nghiệp"),
                            required("registered_on", DATE, "Ngày đăng ký thành lập"),
                            requiredEnumeration("status", "Tình trạng: active (đang hoạt động), suspended (tạm ngừng), dissolved (giải thể), bankrupt (phá sản)",
                                    "active", "suspended", "dissolved", "bankrupt"),
                            optional("status_since", DATE, "Ngày bắt đầu tình trạng"),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI),
                            optional("address", TEXT, "Địa chỉ trụ sở"),
                            optional("legal_representative", TEXT, "Người đại diện theo pháp luật")),
                    List.of("tax_code")),
            new Dataset("tax_employers",
                    "Người sử dụng lao động theo cơ quan thuế",
                    "Employers as seen by the tax authority",
                    List.of("tax.province"),
                    List.of(
                            required("tax_code", TAX_CODE, TAX_CODE_VI),
                            required("fiscal_year", YEAR, "Năm tính thuế, 4 chữ số"),
                            requiredEnumeration("status", "Trạng thái: active (hoạt động), ceased (ngừng), dissolved (giải thể), not_at_address (không hoạt động tại địa chỉ đăng ký)",
                                    "active", "ceased", "dissolved", "not_at_address"),
                            required("pit_employee_count", COUNT, "Số lao động trong tờ khai khấu trừ thuế TNCN"),
                            required("si_expense_deducted", MONEY, "Số tiền BHXH đã kê khai là chi phí được trừ" + MONEY_SUFFIX_VI)),
                    List.of("tax_code", "fiscal_year")),
            new Dataset("ui_benefits",
                    "Quyết định hưởng trợ cấp thất nghiệp",
                    "Unemployment benefit decisions",
                    List.of("labour_authority.province"),
                    List.of(
                            required("decision_no", CODE, "Số quyết định"),
                            required("social_insurance_code", SOCIAL_INSURANCE_CODE, SOCIAL_INSURANCE_CODE_VI),
                            optional("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("start_date", DATE, "Ngày bắt đầu hưởng"),
                            required("end_date", DATE, "Ngày kết thúc hưởng"),
                            required("monthly_amount", MONEY, "Mức hưởng hằng tháng" + MONEY_SUFFIX_VI),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI)),
                    List.of("decision_no")),
            new Dataset("pension_payments",
                    "Chi trả lương hưu, trợ cấp hằng tháng",
                    "Monthly pensions and allowances paid",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("social_insurance_code", SOCIAL_INSURANCE_CODE, SOCIAL_INSURANCE_CODE_VI),
                            optional("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("period", MONTH, PERIOD_VI),
                            required("amount", MONEY, "Số tiền chi trả" + MONEY_SUFFIX_VI),
                            required("paid_on", DATE, "Ngày chi trả")),
                    List.of("social_insurance_code", "period")),
            new Dataset("health_cards",
                    "Thẻ BHYT",
                    "Health-insurance cards",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("card_number", CODE, "Mã thẻ BHYT"),
                            required("social_insurance_code", SOCIAL_INSURANCE_CODE, SOCIAL_INSURANCE_CODE_VI),
                            optional("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("group_code", GROUP_CODE, "Mã nhóm đối tượng, 2 chữ cái"),
                            requiredEnumeration("funded_by", "Nguồn đóng: employer (người sử dụng lao động), social_insurance (quỹ BHXH), state_budget (ngân sách nhà nước), budget_support (ngân sách hỗ trợ), self (tự đóng)",
                                    "employer", "social_insurance", "state_budget", "budget_support", "self"),
                            required("valid_from", DATE, "Giá trị sử dụng từ ngày"),
                            optional("valid_to", DATE, "Giá trị sử dụng đến ngày; để trống nếu không thời hạn"),
                            optional("province_code", PROVINCE_CODE, PROVINCE_CODE_VI)),
                    List.of("card_number")),
            new Dataset("students",
                    "Học sinh, sinh viên",
                    "Enrolled pupils and students",
                    List.of("education.province"),
                    List.of(
                            required("school_code", CODE, "Mã trường"),
                            optional("school_name", TEXT, "Tên trường"),
                            required("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("full_name", FULL_NAME, FULL_NAME_VI),
                            required("birth_date", BIRTH_DATE, BIRTH_DATE_VI),
                            required("school_year", SCHOOL_YEAR, "Năm học: YYYY-YYYY, ví dụ 2025-2026")),
                    List.of("school_code", "personal_id")),
            new Dataset("birth_registrations",
                    "Đăng ký khai sinh",
                    "Births registered",
                    List.of("justice.commune"),
                    List.of(
                            required("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("full_name", FULL_NAME, FULL_NAME_VI),
                            required("birth_date", BIRTH_DATE, BIRTH_DATE_VI),
                            required("registered_on", DATE, "Ngày đăng ký khai sinh"),
                            optional("commune_code", COMMUNE_CODE, COMMUNE_CODE_VI)),
                    List.of("personal_id")),
            new Dataset("union_units",
                    "Đơn vị có tổ chức công đoàn",
                    "Workplaces with a trade union",
                    List.of("trade_union.province"),
                    List.of(
                            required("tax_code", TAX_CODE, TAX_CODE_VI),
                            required("union_founded_on", DATE, "Ngày thành lập công đoàn cơ sở"),
                            optional("members", COUNT, "Số đoàn viên")),
                    List.of("tax_code")),
            new Dataset("facility_spending",
                    "Chi khám chữa bệnh BHYT theo cơ sở",
                    "Health-insurance spending per facility",
                    List.of(SOCIAL_SECURITY, "health.province"),
                    List.of(
                            required("facility_code", CODE, "Mã cơ sở khám chữa bệnh"),
                            optional("facility_name", TEXT, "Tên cơ sở khám chữa bệnh"),
                            required("year", YEAR, "Năm, 4 chữ số"),
                            required("estimate", MONEY, "Dự toán chi được thông báo trong năm" + MONEY_SUFFIX_VI),
                            required("actual_claims", MONEY, "Chi phí được chấp nhận sau giám định" + MONEY_SUFFIX_VI)),
                    List.of("facility_code", "year")),
            new Dataset("ethnic_support",
                    "Người dân tộc thiểu số được ngân sách nhà nước đóng BHYT",
                    "Ethnic-minority people entitled to state-paid health cover",
                    List.of("ethnic_affairs.province"),
                    List.of(
                            required("personal_id", PERSONAL_ID, PERSONAL_ID_VI),
                            required("full_name", FULL_NAME, FULL_NAME_VI),
                            optional("commune_code", COMMUNE_CODE, COMMUNE_CODE_VI),
                            required("eligible_from", DATE, "Được hưởng từ ngày"),
                            optional("eligible_to", DATE, "Được hưởng đến ngày; để trống nếu không thời hạn")),
                    List.of("personal_id")),
            new Dataset("payment_reminders",
                    "Văn bản đôn đốc đóng BHXH",
                    "Written reminders to pay contributions",
                    List.of(SOCIAL_SECURITY),
                    List.of(
                            required("reminder_ref", CODE, "Số văn bản đôn đốc"),
                            required("unit_code", UNIT_CODE, UNIT_CODE_VI),
                            required("sent_on", DATE, "Ngày gửi")),
                    List.of("reminder_ref")));

    private Catalog() {
    }

    /** All 17 datasets, in the order of datasets.md. */
    public static List<Dataset> all() {
        return ALL;
    }

    /** The dataset with this code (exact, lower-case), if there is one. */
    public static Optional<Dataset> byCode(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
