package vn.phoihop.engine.generate;

/**
 * How often a unit pays its contributions (phương thức đóng, Luật BHXH 2024 Điều 33, 34.4).
 * Quarterly and half-yearly cycles are allowed for agriculture, forestry, fishery and salt.
 */
public enum PaymentMode {
    MONTHLY("monthly", 1),
    QUARTERLY("quarterly", 3),
    HALF_YEARLY("half_yearly", 6);

    private final String code;
    private final int cycleMonths;

    PaymentMode(String code, int cycleMonths) {
        this.code = code;
        this.cycleMonths = cycleMonths;
    }

    /** The value written in the {@code payment_mode} column. */
    public String code() {
        return code;
    }

    public int cycleMonths() {
        return cycleMonths;
    }
}
