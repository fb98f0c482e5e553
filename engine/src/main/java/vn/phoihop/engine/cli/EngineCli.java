package vn.phoihop.engine.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The engine's commands on their own, without the platform: {@code reconcile}, {@code generate}, {@code bench}. */
@Command(name = "phoihop-engine", mixinStandardHelpOptions = true,
        description = "PhoiHop reconciliation engine.",
        subcommands = {ReconcileCommand.class, GenerateCommand.class, BenchCommand.class})
public final class EngineCli {

    /** New instances of the engine's commands, for another command line to add as subcommands. */
    public static List<Object> commands() {
        return List.of(new ReconcileCommand(), new GenerateCommand(), new BenchCommand());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EngineCli()).execute(args));
    }
}
