package vn.phoihop.exchange;

import java.io.InputStream;
import vn.phoihop.registry.Agency;

/**
 * The one path by which datasets enter PhoiHop: the web upload, the API and the demo all submit
 * here. A submission is refused (exception with {@code exchange.not_provider}) unless the
 * submitter's agency holds one of the dataset's provider roles in its province that day.
 */
public interface Submissions {

    /** Who submits: the person and the agency on whose behalf. */
    record Submitter(String username, Agency agency) {
    }

    /**
     * Archives {@code content} unchanged, validates it with the engine's reader, makes a new
     * version of the accepted rows and returns the signed receipt. With an {@code idempotencyKey}
     * already used by this person for a submission that did not fail, returns that receipt
     * instead and reads nothing.
     *
     * @param obligationId an obligations-calendar instance this submission fulfils, or null
     */
    /**
     * The roles whose holders may send {@code datasetCode} in a province on a day: the engine
     * catalogue's provider roles (mapped to the registry's role codes) and those of the
     * regulations' duties that send it.
     */
    java.util.Set<String> providerRoles(String datasetCode, String provinceCode, java.time.LocalDate day);

    Receipt submit(Submitter submitter, String datasetCode, String fileName, InputStream content, Long obligationId,
            String idempotencyKey);
}
