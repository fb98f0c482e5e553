/**
 * Shared kernel: the one catalogue of stable error codes and the JSON error body every module
 * answers with. Every module may use it; it depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.phoihop.shared;
