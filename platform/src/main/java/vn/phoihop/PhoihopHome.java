package vn.phoihop;

import java.nio.file.Path;

/** {@code $PHOIHOP_HOME}: the directory that holds all of PhoiHop's data (default {@code ./.phoihop}). */
public record PhoihopHome(Path directory) {

    public Path resolve(String child) {
        return directory.resolve(child);
    }
}
