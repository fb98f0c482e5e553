/**
 * The catalogue of the 17 exchange datasets (shared/spec/datasets.md) as data: their columns,
 * kinds, required flags, enumerations and keys. The reader validates files against it, the
 * platform builds Excel templates and upload forms from it.
 */
package vn.phoihop.engine.catalog;
