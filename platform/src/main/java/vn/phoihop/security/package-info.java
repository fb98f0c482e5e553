/**
 * Security: the people who use PhoiHop (each belongs to one agency and holds roles), how they
 * authenticate (form login for the web, bearer tokens for the API), and the append-only,
 * hash-chained audit trail of every login and every change of state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and audit")
package vn.phoihop.security;
