package vn.phoihop.engine.parquet;

import java.util.List;

/**
 * Serialises the Thrift structures of parquet.thrift (apache/parquet-format) that the writer needs; the
 * numbers are the field ids and enum values of that file.
 */
final class ParquetMetadata {

    private static final int INT32 = 1;
    private static final int INT64 = 2;
    private static final int BYTE_ARRAY = 6;

    private static final int CONVERTED_UTF8 = 0;
    private static final int CONVERTED_DATE = 6;
    private static final int CONVERTED_INT_32 = 17;

    private static final int OPTIONAL = 1;
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int UNCOMPRESSED = 0;
    private static final int DATA_PAGE = 0;

    static final String ROOT_NAME = "duckdb_schema";

    private ParquetMetadata() {
    }

    static void dataPageHeader(ThriftCompactWriter t, int pageSize, int values) {
        t.beginStruct();
        t.fieldI32(1, DATA_PAGE);
        t.fieldI32(2, pageSize);
        t.fieldI32(3, pageSize);
        t.fieldStruct(5);
        t.fieldI32(1, values);
        t.fieldI32(2, PLAIN);
        t.fieldI32(3, RLE);
        t.fieldI32(4, RLE);
        t.endStruct();
        t.endStruct();
    }

    /** A ColumnChunk whose only page, header included, starts at {@code offset} and spans {@code bytes}. */
    static void columnChunk(ThriftCompactWriter t, ColumnBuffer column, long offset, long bytes) {
        t.beginStruct();
        t.fieldI64(2, offset);
        t.fieldStruct(3);
        t.fieldI32(1, physicalType(column.type));
        t.fieldList(2, ThriftCompactWriter.I32, 2);
        t.i32(PLAIN);
        t.i32(RLE);
        t.fieldList(3, ThriftCompactWriter.BINARY, 1);
        t.binary(column.name);
        t.fieldI32(4, UNCOMPRESSED);
        t.fieldI64(5, column.rows);
        t.fieldI64(6, bytes);
        t.fieldI64(7, bytes);
        t.fieldI64(9, offset);
        t.fieldStruct(12);
        statistics(t, column);
        t.endStruct();
        t.endStruct();
        t.endStruct();
    }

    private static void statistics(ThriftCompactWriter t, ColumnBuffer column) {
        t.fieldI64(3, column.nulls);
        if (!column.hasMinMax()) {
            return;
        }
        switch (column.type) {
            case INTEGER, DATE -> {
                t.fieldIntLE(5, (int) column.max);
                t.fieldIntLE(6, (int) column.min);
            }
            case BIGINT -> {
                t.fieldLongLE(5, column.max);
                t.fieldLongLE(6, column.min);
            }
            case VARCHAR -> {
                // no string statistics: not needed by the engine, and they would cost a comparison per value
            }
        }
    }

    /** The FileMetaData, with the row groups already serialised one after another in {@code rowGroups}. */
    static void fileMetaData(ThriftCompactWriter t, List<ColumnBuffer> columns, long rows,
                             int rowGroupCount, GrowableBytes rowGroups, String createdBy) {
        t.beginStruct();
        t.fieldI32(1, 1);
        t.fieldList(2, ThriftCompactWriter.STRUCT, columns.size() + 1);
        rootSchemaElement(t, columns.size());
        for (ColumnBuffer column : columns) {
            schemaElement(t, column);
        }
        t.fieldI64(3, rows);
        t.fieldList(4, ThriftCompactWriter.STRUCT, rowGroupCount);
        t.raw(rowGroups);
        t.fieldString(6, createdBy);
        t.fieldList(7, ThriftCompactWriter.STRUCT, columns.size());
        for (int i = 0; i < columns.size(); i++) {
            typeDefinedOrder(t);
        }
        t.endStruct();
    }

    private static void rootSchemaElement(ThriftCompactWriter t, int children) {
        t.beginStruct();
        t.fieldString(4, ROOT_NAME);
        t.fieldI32(5, children);
        t.endStruct();
    }

    private static void schemaElement(ThriftCompactWriter t, ColumnBuffer column) {
        t.beginStruct();
        t.fieldI32(1, physicalType(column.type));
        t.fieldI32(3, OPTIONAL);
        t.fieldString(4, column.name);
        switch (column.type) {
            case VARCHAR -> {
                t.fieldI32(6, CONVERTED_UTF8);
                logicalType(t, 1);
            }
            case DATE -> {
                t.fieldI32(6, CONVERTED_DATE);
                logicalType(t, 6);
            }
            case INTEGER -> {
                t.fieldI32(6, CONVERTED_INT_32);
                t.fieldStruct(10);
                t.fieldStruct(10);
                t.fieldByte(1, 32);
                t.fieldBool(2, true);
                t.endStruct();
                t.endStruct();
            }
            case BIGINT -> {
                // plain INT64 is BIGINT
            }
        }
        t.endStruct();
    }

    /** A LogicalType union holding the empty structure of field {@code id} (STRING = 1, DATE = 6). */
    private static void logicalType(ThriftCompactWriter t, int id) {
        t.fieldStruct(10);
        t.fieldEmptyStruct(id);
        t.endStruct();
    }

    private static void typeDefinedOrder(ThriftCompactWriter t) {
        t.beginStruct();
        t.fieldEmptyStruct(1);
        t.endStruct();
    }

    private static int physicalType(ParquetWriter.Type type) {
        return switch (type) {
            case VARCHAR -> BYTE_ARRAY;
            case DATE, INTEGER -> INT32;
            case BIGINT -> INT64;
        };
    }
}
