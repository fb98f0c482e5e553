package vn.phoihop.cli;

import java.util.List;
import vn.phoihop.engine.cli.EngineCli;

/** The engine's own commands (reconcile, generate, bench), added to {@code ./phoihop}; they start no Spring. */
final class EngineCommands {

    static List<Object> all() {
        return EngineCli.commands();
    }

    private EngineCommands() {
    }
}
