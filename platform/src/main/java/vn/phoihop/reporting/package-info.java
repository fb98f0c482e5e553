/**
 * Reporting: the six-monthly and yearly reports in the Decree 30/2020 layout, the lists the
 * regulations require (late and evading units, awards, new units, business changes) and the
 * dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.phoihop.reporting;
