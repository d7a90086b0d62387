package dev.routediff.core.diff;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Some rows of a table, in a given order, as a read-only list whose {@code Route}s are made when asked for. The
 * differ reports added and removed routes this way, so that two unrelated million-route tables give two million
 * row numbers instead of two million objects; a renderer that knows the table can write each row straight from it.
 */
public final class TableRows extends AbstractList<Route> implements RandomAccess {

    private final RouteTable table;
    private final int[] rows;

    TableRows(RouteTable table, int[] rows) {
        this.table = table;
        this.rows = rows;
    }

    /** The table the rows are in. */
    public RouteTable table() {
        return table;
    }

    /** The table's row number of the {@code k}-th element. */
    public int row(int k) {
        return rows[k];
    }

    @Override
    public Route get(int k) {
        return table.route(rows[k]);
    }

    @Override
    public int size() {
        return rows.length;
    }
}
