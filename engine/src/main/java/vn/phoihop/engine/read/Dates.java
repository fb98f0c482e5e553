package vn.phoihop.engine.read;

/** Calendar arithmetic without objects, for the millions of dates a load stores. */
final class Dates {

    private static final int DAYS_PER_400_YEARS = 146_097;
    /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
    private static final int DAYS_TO_EPOCH = 719_468;

    private Dates() {
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, as {@link java.time.LocalDate#toEpochDay()}
     * (H. Hinnant's days-from-civil: years counted from March, so that February is last).
     */
    static int epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_TO_EPOCH;
    }
}
