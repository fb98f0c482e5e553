/**
 * Inspection: risk-ranked candidates, the annual joint inspection plans exchanged in November
 * (central) and December (provincial), teams from several agencies, records and conclusions, and
 * the follow-up of every recommendation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package vn.phoihop.inspection;
