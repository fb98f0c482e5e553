package vn.phoihop.security;

import java.time.Instant;

/**
 * Personal data that a module keeps and that the retention job erases when its period in the
 * processing register ends. Modules implement it; the job (security) calls it, dry or real.
 */
public interface RetentionTarget {

    /** The dataset of the processing register whose retention applies. */
    String dataset();

    /** How many records are past {@code cutoff} (a dry run). */
    long countExpired(Instant cutoff);

    /** Erases the personal data of the records past {@code cutoff}; returns how many. */
    long eraseExpired(Instant cutoff);
}
