/**
 * Web: the shared, Vietnamese-first layout of the user interface (header with the user's agency
 * and jurisdiction, navigation to every module, language switch), the JSON error handling of the
 * API and the API documentation page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.phoihop.web;
