package vn.phoihop.reporting.internal;

import java.math.BigDecimal;

/** How the documents write numbers: 1.234.567 and 12,5 (Vietnamese grouping and decimal comma). */
public final class Formats {

    private Formats() {
    }

    public static String number(BigDecimal value) {
        return Chart.number(value.doubleValue());
    }
}
