/**
 * The {@code ./phoihop} command line: starts the platform ({@code serve}, {@code demo}), runs the
 * engine's commands and the operator's tools ({@code audit verify}, {@code admin create}).
 * Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package vn.phoihop.cli;
