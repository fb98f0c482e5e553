/**
 * Casework: a finding is a lead, not a decision. Officers verify findings, subjects are notified
 * and may contest, confirmed cases are sanctioned or referred (to the police for investigation,
 * with the result reported back); complaints and denunciations are handled within their legal
 * deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package vn.phoihop.casework;
