package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the background, the planted cases and the bad rows share: the as-of date, the open
 * files and the counters that keep generated references unique.
 */
final class World {

    /**
     * Compulsory contribution rate on the insured salary, percent, employer and employee
     * together: SI 25.5 (Luật BHXH 2024 Điều 33, 34), HI 4.5 (Luật BHYT Điều 13), UI 2
     * (Luật Việc làm Điều 57) [sec]. Only used to make dues look real; no rule depends on it.
     */
    static final long CONTRIBUTION_RATE_PERCENT = 32;

    final LocalDate asOf;
    final YearMonth asOfMonth;
    final Sinks sinks;
    /** First person index not used by the background; planted and junk people count up from here. */
    private long nextPersonIndex;
    private long nextPaymentRef;
    private long nextDecision;
    private long nextReminder;

    World(LocalDate asOf, Sinks sinks, long backgroundPersons) {
        this.asOf = asOf;
        this.asOfMonth = YearMonth.from(asOf);
        this.sinks = sinks;
        this.nextPersonIndex = backgroundPersons;
    }

    long write(Dataset dataset, Object... values) {
        return sinks.write(dataset, values);
    }

    long newPersonIndex() {
        if (nextPersonIndex > Identifiers.MAX_PERSON_INDEX) {
            throw new IllegalStateException("too many people for the identifier scheme");
        }
        return nextPersonIndex++;
    }

    String newPaymentRef() {
        return "FT" + Identifiers.pad(++nextPaymentRef, 10);
    }

    /** The first payment reference issued, or null when none was issued yet. */
    String firstPaymentRef() {
        return nextPaymentRef == 0 ? null : "FT" + Identifiers.pad(1, 10);
    }

    String newDecisionNo() {
        return "QD-51-" + Identifiers.pad(++nextDecision, 7);
    }

    String newReminderRef() {
        return "DD-51-" + Identifiers.pad(++nextReminder, 6);
    }

    /** First year of the school year (1 Sep – 31 Aug) that contains D. */
    int schoolYearStart() {
        return asOf.getMonthValue() >= 9 ? asOf.getYear() : asOf.getYear() - 1;
    }

    String schoolYearContainingAsOf() {
        int start = schoolYearStart();
        return start + "-" + (start + 1);
    }

    static long contribution(long insuredSalary) {
        return insuredSalary * CONTRIBUTION_RATE_PERCENT / 100;
    }
}
