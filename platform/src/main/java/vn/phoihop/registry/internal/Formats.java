package vn.phoihop.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: dd/MM/yyyy. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT);

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private Formats() {
    }
}
