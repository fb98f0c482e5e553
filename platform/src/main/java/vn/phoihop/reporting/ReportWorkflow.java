package vn.phoihop.reporting;

import java.time.LocalDate;

/**
 * The periodic reports' workflow as other modules (the demo) drive it, on behalf of a named user
 * of an agency: draft → submitted (an agency's part) → consolidated (social security), and the
 * publication of the list of late and evading organisations. Every step is audited.
 */
public interface ReportWorkflow {

    /** Opens (or returns) the agency's report of the period; returns its id. */
    long open(String period, String username, String agencyCode);

    /** Writes a narrative section: "results", "difficulties" or "proposals". */
    void write(long reportId, String section, String text, String username, String agencyCode);

    /** Submits an agency's part to social security. */
    void submit(long reportId, String username, String agencyCode);

    /** Social security consolidates the period's report; returns its number and symbol. */
    String consolidate(String period, String username, String agencyCode);

    /** The status of the agency's report of the period ("draft", "submitted", "consolidated"), or null. */
    String status(String provinceCode, String period, String agencyCode);

    /** Social security publishes the list of late and evading organisations at a date; returns the row count. */
    int publishArrears(LocalDate asOf, String username, String agencyCode);

    /** Whether a list has been published for the province. */
    boolean published(String provinceCode);
}
