package vn.phoihop.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The accepted versions of each dataset for each province. Reconciliation reads the latest one;
 * older versions stay, each with what changed against the one before.
 */
public interface DatasetVersions {

    /** The latest accepted version of {@code dataset} for {@code provinceCode}, if any was accepted. */
    Optional<DatasetVersion> latest(String provinceCode, String dataset);

    /** Every version of {@code dataset} for {@code provinceCode}, newest first. */
    List<DatasetVersion> history(String provinceCode, String dataset);
}
