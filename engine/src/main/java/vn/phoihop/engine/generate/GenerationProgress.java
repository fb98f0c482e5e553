package vn.phoihop.engine.generate;

/** Told how far generation has come; called from the generating thread. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (phase, done, total) -> { };

    /** {@code done} of {@code total} units of {@code phase} (people, for the background). */
    void report(String phase, long done, long total);
}
