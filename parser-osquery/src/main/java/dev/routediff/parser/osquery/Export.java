package dev.routediff.parser.osquery;

import java.util.List;

/**
 * What an osquery export holds once read: the routes rows of one host at one point in time.
 *
 * @param rows  the rows, in the order osquery reported them (for a differential log: in the order they were added)
 * @param host  the {@code hostIdentifier} of a result log, or null for {@code osqueryi --json} output (no host named)
 */
record Export(List<Row> rows, String host) {

    Export {
        rows = List.copyOf(rows);
    }
}
