package vn.phoihop.exchange;

import java.util.List;
import java.util.Map;

/**
 * What the accepted datasets hold about one person: the rows of the latest accepted version of
 * every dataset whose personal_id or social_insurance_code is that identifier. The caller decides
 * whether the reader has a basis to see them (security's AccessPolicy).
 */
public interface PersonRows {

    /** One row: its dataset, version and province, and its fields as text. */
    record PersonRow(String provinceCode, String dataset, int version, Map<String, String> fields) {
    }

    /** Rows naming {@code personId} in {@code provinceCode} (null: every province). */
    List<PersonRow> about(String provinceCode, String personId);
}
