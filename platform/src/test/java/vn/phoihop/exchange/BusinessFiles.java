package vn.phoihop.exchange;

/** Object mother: business_registry files as the provincial finance department sends them. */
final class BusinessFiles {

    static final String HEADER = "tax_code,name,registered_on,status,province_code";

    private BusinessFiles() {
    }

    static String row(String taxCode, String name, String registeredOn, String status) {
        return taxCode + "," + name + "," + registeredOn + "," + status + ",51";
    }

    /** Three good businesses, one with a bad date (line 5) and one 9-digit tax code (line 6). */
    static String withOneBadDateAndOneLostZero() {
        return String.join("\n", HEADER,
                row("0101234567", "Công ty TNHH An Phát", "2019-03-15", "active"),
                row("4300123456", "Công ty CP Dung Quất", "15/06/2020", "active"),
                row("4300765432", "HTX Sa Huỳnh", "2021-01-04", "suspended"),
                row("4300111222", "Công ty TNHH Bình Sơn", "2021-02-30", "active"),
                row("430022233", "Công ty TNHH Mộ Đức", "2022-05-05", "active")) + "\n";
    }

    static String good(String... extraRows) {
        var text = new StringBuilder(HEADER).append('\n');
        text.append(row("0101234567", "Công ty TNHH An Phát", "2019-03-15", "active")).append('\n');
        text.append(row("4300123456", "Công ty CP Dung Quất", "15/06/2020", "active")).append('\n');
        for (String extra : extraRows) {
            text.append(extra).append('\n');
        }
        return text.toString();
    }
}
