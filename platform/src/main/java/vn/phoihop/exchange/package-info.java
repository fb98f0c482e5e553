/**
 * Exchange: agencies submit the 17 datasets of the catalogue by upload or API; each submission
 * is archived unchanged with its SHA-256, validated row by row with the engine's reader, and
 * answered with a receipt and the list of rejected rows. Accepted rows become dataset versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package vn.phoihop.exchange;
