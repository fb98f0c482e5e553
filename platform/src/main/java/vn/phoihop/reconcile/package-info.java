/**
 * Reconcile: runs the engine's 17 cross-checks over the latest accepted dataset versions of a
 * province, on demand and on a schedule, and keeps the findings with their evidence, legal basis
 * and the exact inputs that produced them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconcile")
package vn.phoihop.reconcile;
