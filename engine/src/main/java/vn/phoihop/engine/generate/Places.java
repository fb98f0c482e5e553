package vn.phoihop.engine.generate;

import java.util.List;

/**
 * The demo province: Quảng Ngãi (province code 51 after the 1 July 2025 merger with Kon
 * Tum), with a small synthetic list of 5-digit commune codes. Mountainous communes are
 * where ethnic-minority people entitled to state-paid health cover live.
 */
final class Places {

    static final String PROVINCE_CODE = "51";
    static final String PROVINCE_NAME = "Quảng Ngãi";

    record Commune(String code, String name, boolean mountainous) {
    }

    static final List<Commune> COMMUNES = List.of(
            new Commune("21001", "Phường Cẩm Thành", false),
            new Commune("21004", "Phường Nghĩa Lộ", false),
            new Commune("21007", "Phường Trương Quang Trọng", false),
            new Commune("21010", "Xã Tịnh Khê", false),
            new Commune("21013", "Xã Bình Sơn", false),
            new Commune("21016", "Xã Sơn Tịnh", false),
            new Commune("21019", "Xã Tư Nghĩa", false),
            new Commune("21022", "Xã Nghĩa Hành", false),
            new Commune("21025", "Xã Mộ Đức", false),
            new Commune("21028", "Phường Đức Phổ", false),
            new Commune("21031", "Xã Ba Tơ", true),
            new Commune("21034", "Xã Minh Long", true),
            new Commune("21037", "Xã Sơn Hà", true),
            new Commune("21040", "Xã Trà Bồng", true),
            new Commune("21043", "Phường Kon Tum", false),
            new Commune("21046", "Xã Đăk Hà", true),
            new Commune("21049", "Xã Sa Thầy", true),
            new Commune("21052", "Xã Lý Sơn", false));

    static final List<String> STREETS = List.of(
            "Quang Trung", "Hùng Vương", "Lê Lợi", "Phan Đình Phùng", "Nguyễn Nghiêm", "Trần Hưng Đạo",
            "Lê Trung Đình", "Phạm Văn Đồng", "Trường Chinh", "Nguyễn Công Phương");

    static final List<String> BUSINESS_WORDS = List.of(
            "Thành Đạt", "Sông Trà", "Thiên Ấn", "Dung Quất", "Hoàng Sa", "Miền Trung", "Tân Phú", "An Phát",
            "Minh Long", "Đại Việt", "Phú Thọ", "Hưng Thịnh", "Sa Huỳnh", "Việt Thắng", "Nam Phương",
            "Trường Xuân", "Kim Ngân", "Bình Minh", "Hòa Bình", "Thủy Sản Biển Đông");
    static final List<String> BUSINESS_TRADES = List.of(
            "Xây dựng", "Thương mại và Dịch vụ", "May mặc", "Chế biến Thủy sản", "Vận tải", "Cơ khí",
            "Thực phẩm", "Đầu tư và Phát triển", "Nông sản", "Gỗ và Lâm sản", "Du lịch", "Điện tử");

    private Places() {
    }
}
