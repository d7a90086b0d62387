package dev.routediff.parser.osquery;

import java.util.Collections;
import java.util.Map;

/**
 * One row of osquery's {@code routes} table as exported: its columns by name, values as text (osquery logs every
 * value as a string unless {@code numerics} is on; numbers are kept as their JSON text), and the line it starts on.
 */
record Row(Map<String, String> columns, int line) {

    /** Takes {@code columns} as they are (the reader builds a fresh map per row), without a copy. */
    Row {
        columns = Collections.unmodifiableMap(columns);
    }

    /** The column's value, or null when the export has no such column. */
    String get(String column) {
        return columns.get(column);
    }
}
