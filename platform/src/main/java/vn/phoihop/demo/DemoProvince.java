package vn.phoihop.demo;

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

    public static final String ADMIN_USERNAME = "admin";

    static Agency.Level level() {
        return Agency.Level.PROVINCE;
    }

    private DemoProvince() {
    }
}
