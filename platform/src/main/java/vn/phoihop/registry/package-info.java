/**
 * Registry: the agencies of the coordination regulations, the roles through which they owe
 * duties, the administrative units they serve (all effective-dated, because Vietnam merged
 * ministries and provinces in 2025), the regulations as data and the calendar of obligations.
 * Other modules ask it "which agency is this, and where does it have jurisdiction".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package vn.phoihop.registry;
