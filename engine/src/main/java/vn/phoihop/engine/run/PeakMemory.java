package vn.phoihop.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident memory of this process (Linux {@code VmHWM}), or -1 where it cannot be read. */
public final class PeakMemory {

    private PeakMemory() {
    }

    public static long residentBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
