package vn.phoihop.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One column of a dataset as agencies send it.
 *
 * @param name          the header name (lower-case, as in datasets.md)
 * @param kind          how it is validated and stored
 * @param required      whether the header and a value in every row are mandatory
 * @param allowedValues the lower-case values of an {@link ColumnKind#ENUMERATION}; empty otherwise
 * @param descriptionVi what to put in the column, in Vietnamese (Excel templates, upload forms)
 */
public record Column(String name, ColumnKind kind, boolean required, List<String> allowedValues,
                     String descriptionVi) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(descriptionVi, "descriptionVi");
        allowedValues = List.copyOf(allowedValues);
        if ((kind == ColumnKind.ENUMERATION) == allowedValues.isEmpty()) {
            throw new IllegalArgumentException("column " + name
                    + ": enumerated values are given exactly for enumerations");
        }
    }

    static Column required(String name, ColumnKind kind, String descriptionVi) {
        return new Column(name, kind, true, List.of(), descriptionVi);
    }

    static Column optional(String name, ColumnKind kind, String descriptionVi) {
        return new Column(name, kind, false, List.of(), descriptionVi);
    }

    static Column requiredEnumeration(String name, String descriptionVi, String... values) {
        return new Column(name, ColumnKind.ENUMERATION, true, List.of(values), descriptionVi);
    }
}
