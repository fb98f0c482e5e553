/**
 * Demo: fills a fresh platform with the synthetic province used by {@code ./phoihop demo} — its
 * agencies and one account per agency (password {@code demo}); later issues add their data.
 * Active only in demo mode; {@code serve} never runs it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package vn.phoihop.demo;
