package vn.phoihop.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.phoihop.registry.Agency;
import vn.phoihop.security.Role;

/**
 * The demo province and its agencies, one account each. Quảng Ngãi (code 51 under Decision
 * 19/2025/QĐ-TTg) absorbed Kon Tum on 01/07/2025, the province whose 2024 coordination decision
 * (seed 004) is one of the source regulations. The data in it is synthetic.
 */
public final class DemoProvince {

    public static final String PROVINCE_CODE = "51";
    public static final String PROVINCE_NAME_VI = "Tỉnh Quảng Ngãi";
    public static final String PROVINCE_NAME_EN = "Quang Ngai province";
    public static final String PASSWORD = "demo";

    /**
     * The TOTP secret of the demo accounts that must use a second factor (admin and congan): a
     * fixed, published value so that a demo can be tried by adding it to an authenticator app.
     * Demo mode only; {@code serve} never creates these accounts.
     */
    public static final String TOTP_SECRET = "PHOIHOPDEMOTOTPSECRETKEY";

    /** One demo account: its username, the agency it belongs to, and its roles. */
    public record Account(String username, String agencyCode, String nameVi, String nameEn, Set<Role> roles) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("bhxh", "51.social_security", "Bảo hiểm xã hội tỉnh Quảng Ngãi",
                    "Social Security of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("congan", "51.police", "Công an tỉnh Quảng Ngãi", "Police of Quang Ngai",
                    Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("noivu", "51.home_affairs", "Sở Nội vụ tỉnh Quảng Ngãi",
                    "Department of Home Affairs of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("taichinh", "51.finance", "Sở Tài chính tỉnh Quảng Ngãi",
                    "Department of Finance of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("thue", "51.tax", "Thuế tỉnh Quảng Ngãi", "Tax Office of Quang Ngai",
                    Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("yte", "51.health", "Sở Y tế tỉnh Quảng Ngãi", "Department of Health of Quang Ngai",
                    Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("giaoduc", "51.education", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
                    "Department of Education and Training of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("ldld", "51.trade_union", "Liên đoàn Lao động tỉnh Quảng Ngãi",
                    "Labour Federation of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)),
            new Account("ubnd", "51.peoples_committee", "Ủy ban nhân dân tỉnh Quảng Ngãi",
                    "People's Committee of Quang Ngai", Set.of(Role.OFFICER, Role.SUPERVISOR)));

    /** A named lead (lãnh đạo) of an agency: overdue legal deadlines are escalated to them. */
    public record Supervisor(String username, String agencyCode, String displayName) {
    }

    public static final List<Supervisor> SUPERVISORS = List.of(
            new Supervisor("bhxh.lanhdao", "51.social_security", "Trần Văn Minh — Phó Giám đốc BHXH tỉnh"));

    public static final String ADMIN_USERNAME = "admin";

    /** An agency without a demo account: central bodies, departments that no longer exist, other role holders. */
    public record OtherAgency(String code, String nameVi, String nameEn, Agency.Level level, String provinceCode,
            LocalDate validFrom, LocalDate validTo, String successorCode) {
    }

    private static final LocalDate MERGER_OF_MINISTRIES = LocalDate.of(2025, 3, 1);
    private static final LocalDate LAST_DAY_BEFORE_MERGER = LocalDate.of(2025, 2, 28);
    private static final LocalDate SINCE = LocalDate.of(2008, 1, 1);

    /**
     * Agencies the regulations' roles need besides the nine with accounts. Sở LĐTBXH and Sở KH&ĐT
     * ended on 28/02/2025 (Nghị quyết 176/2025/QH15; Kết luận 127-KL/TW): their duties passed to
     * the Sở Nội vụ and the Sở Tài chính; the district People's Committees ended on 30/06/2025.
     */
    public static final List<OtherAgency> OTHER_AGENCIES = List.of(
            new OtherAgency("tw.social_security", "Bảo hiểm xã hội Việt Nam", "Vietnam Social Security",
                    Agency.Level.CENTRAL, null, SINCE, null, null),
            new OtherAgency("tw.police", "Bộ Công an", "Ministry of Public Security", Agency.Level.CENTRAL, null,
                    SINCE, null, null),
            new OtherAgency("tw.home_affairs", "Bộ Nội vụ", "Ministry of Home Affairs", Agency.Level.CENTRAL, null,
                    SINCE, null, null),
            new OtherAgency("tw.labour", "Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs",
                    Agency.Level.CENTRAL, null, SINCE, LAST_DAY_BEFORE_MERGER, "tw.home_affairs"),
            new OtherAgency("tw.trade_union", "Tổng Liên đoàn Lao động Việt Nam", "Vietnam General Confederation of Labour",
                    Agency.Level.CENTRAL, null, SINCE, null, null),
            new OtherAgency("tw.finance", "Bộ Tài chính", "Ministry of Finance", Agency.Level.CENTRAL, null, SINCE, null,
                    null),
            new OtherAgency("tw.health", "Bộ Y tế", "Ministry of Health", Agency.Level.CENTRAL, null, SINCE, null, null),
            new OtherAgency("tw.emulation", "Ban Thi đua - Khen thưởng Trung ương", "Central Emulation and Commendation Board",
                    Agency.Level.CENTRAL, null, SINCE, null, null),
            new OtherAgency("51.labour", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
                    "Department of Labour, Invalids and Social Affairs of Quang Ngai", Agency.Level.PROVINCE,
                    PROVINCE_CODE, SINCE, LAST_DAY_BEFORE_MERGER, "51.home_affairs"),
            new OtherAgency("51.planning", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi",
                    "Department of Planning and Investment of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE, SINCE,
                    LAST_DAY_BEFORE_MERGER, "51.finance"),
            new OtherAgency("51.ethnic_committee", "Ban Dân tộc tỉnh Quảng Ngãi", "Ethnic Affairs Committee of Quang Ngai",
                    Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, LAST_DAY_BEFORE_MERGER, "51.ethnic_religion"),
            new OtherAgency("51.ethnic_religion", "Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi",
                    "Department of Ethnic and Religious Affairs of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE,
                    MERGER_OF_MINISTRIES, null, null),
            new OtherAgency("51.information", "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",
                    "Department of Information and Communications of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE,
                    SINCE, LAST_DAY_BEFORE_MERGER, "51.science"),
            new OtherAgency("51.science", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
                    "Department of Science and Technology of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE, SINCE,
                    null, null),
            new OtherAgency("51.inspectorate", "Thanh tra tỉnh Quảng Ngãi", "Provincial Inspectorate of Quang Ngai",
                    Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, null, null),
            new OtherAgency("51.justice", "Sở Tư pháp tỉnh Quảng Ngãi", "Department of Justice of Quang Ngai",
                    Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, null, null),
            new OtherAgency("51.economic_zone", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
                    "Dung Quat Economic Zone Authority", Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, null, null),
            new OtherAgency("51.fatherland_front", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
                    "Fatherland Front Committee of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, null, null),
            new OtherAgency("51.emulation_council", "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ngãi",
                    "Emulation and Commendation Council of Quang Ngai", Agency.Level.PROVINCE, PROVINCE_CODE, SINCE, null,
                    null),
            new OtherAgency("51.district_committees", "Ủy ban nhân dân các huyện, thị xã, thành phố (tỉnh Quảng Ngãi)",
                    "District People's Committees of Quang Ngai", Agency.Level.DISTRICT, PROVINCE_CODE, SINCE,
                    LocalDate.of(2025, 6, 30), "51.commune_committees"),
            new OtherAgency("51.commune_committees", "Ủy ban nhân dân các xã, phường, đặc khu (tỉnh Quảng Ngãi)",
                    "Commune People's Committees of Quang Ngai", Agency.Level.COMMUNE, PROVINCE_CODE,
                    LocalDate.of(2025, 7, 1), null, null));

    /** Who holds a role in the demo province (or centrally, province null) from a day on. */
    public record RoleHolder(String role, String provinceCode, String agencyCode, LocalDate from, String basis) {
    }

    private static final String REORGANISATION = "Sắp xếp bộ máy 2025 (NQ 176/2025/QH15; NĐ 45/2025/NĐ-CP)";

    public static final List<RoleHolder> ROLE_HOLDERS = List.of(
            new RoleHolder("social_security.central", null, "tw.social_security", SINCE, ""),
            new RoleHolder("police.central", null, "tw.police", SINCE, ""),
            new RoleHolder("labour_authority.central", null, "tw.labour", SINCE, ""),
            new RoleHolder("labour_authority.central", null, "tw.home_affairs", MERGER_OF_MINISTRIES, REORGANISATION),
            new RoleHolder("trade_union.central", null, "tw.trade_union", SINCE, ""),
            new RoleHolder("finance.central", null, "tw.finance", SINCE, ""),
            new RoleHolder("health.central", null, "tw.health", SINCE, ""),
            new RoleHolder("emulation_council.central", null, "tw.emulation", SINCE, ""),
            new RoleHolder("social_security.province", PROVINCE_CODE, "51.social_security", SINCE, ""),
            new RoleHolder("police.province", PROVINCE_CODE, "51.police", SINCE, ""),
            new RoleHolder("labour_authority.province", PROVINCE_CODE, "51.labour", SINCE, ""),
            new RoleHolder("labour_authority.province", PROVINCE_CODE, "51.home_affairs", MERGER_OF_MINISTRIES,
                    REORGANISATION),
            new RoleHolder("business_registration.province", PROVINCE_CODE, "51.planning", SINCE, ""),
            new RoleHolder("business_registration.province", PROVINCE_CODE, "51.finance", MERGER_OF_MINISTRIES,
                    REORGANISATION),
            new RoleHolder("planning.province", PROVINCE_CODE, "51.planning", SINCE, ""),
            new RoleHolder("planning.province", PROVINCE_CODE, "51.finance", MERGER_OF_MINISTRIES, REORGANISATION),
            new RoleHolder("finance.province", PROVINCE_CODE, "51.finance", SINCE, ""),
            new RoleHolder("tax.province", PROVINCE_CODE, "51.tax", SINCE, ""),
            new RoleHolder("health.province", PROVINCE_CODE, "51.health", SINCE, ""),
            new RoleHolder("education.province", PROVINCE_CODE, "51.education", SINCE, ""),
            new RoleHolder("home_affairs.province", PROVINCE_CODE, "51.home_affairs", SINCE, ""),
            new RoleHolder("trade_union.province", PROVINCE_CODE, "51.trade_union", SINCE, ""),
            new RoleHolder("peoples_committee.province", PROVINCE_CODE, "51.peoples_committee", SINCE, ""),
            new RoleHolder("ethnic_affairs.province", PROVINCE_CODE, "51.ethnic_committee", SINCE, ""),
            new RoleHolder("ethnic_affairs.province", PROVINCE_CODE, "51.ethnic_religion", MERGER_OF_MINISTRIES,
                    REORGANISATION),
            new RoleHolder("inspectorate.province", PROVINCE_CODE, "51.inspectorate", SINCE, ""),
            new RoleHolder("information.province", PROVINCE_CODE, "51.information", SINCE, ""),
            new RoleHolder("information.province", PROVINCE_CODE, "51.science", MERGER_OF_MINISTRIES, REORGANISATION),
            new RoleHolder("justice.province", PROVINCE_CODE, "51.justice", SINCE, ""),
            new RoleHolder("economic_zone.province", PROVINCE_CODE, "51.economic_zone", SINCE, ""),
            new RoleHolder("fatherland_front.province", PROVINCE_CODE, "51.fatherland_front", SINCE, ""),
            new RoleHolder("emulation_council.province", PROVINCE_CODE, "51.emulation_council", SINCE, ""),
            new RoleHolder("commune_committee", PROVINCE_CODE, "51.district_committees", SINCE, ""),
            new RoleHolder("commune_committee", PROVINCE_CODE, "51.commune_committees", LocalDate.of(2025, 7, 1),
                    "Luật Tổ chức chính quyền địa phương 2025 (bỏ cấp huyện)"));

    static Agency.Level level() {
        return Agency.Level.PROVINCE;
    }

    private DemoProvince() {
    }
}
