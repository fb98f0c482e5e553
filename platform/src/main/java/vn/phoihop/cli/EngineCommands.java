package vn.phoihop.cli;

import java.util.List;

/** The engine's own commands (reconcile, generate, bench), added to {@code ./phoihop}. */
final class EngineCommands {

    static List<Object> all() {
        return List.of();
    }

    private EngineCommands() {
    }
}
