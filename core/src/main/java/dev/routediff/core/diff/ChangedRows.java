package dev.routediff.core.diff;

import dev.routediff.core.model.RouteTable;
import java.util.AbstractList;
import java.util.RandomAccess;

/** Pairs of rows of two tables as a read-only list of {@link RouteDiff.Change}s made when asked for. */
final class ChangedRows extends AbstractList<RouteDiff.Change> implements RandomAccess {

    private final RouteTable before;
    private final RouteTable after;
    private final int[] beforeRows;
    private final int[] afterRows;

    ChangedRows(RouteTable before, RouteTable after, int[] beforeRows, int[] afterRows) {
        this.before = before;
        this.after = after;
        this.beforeRows = beforeRows;
        this.afterRows = afterRows;
    }

    @Override
    public RouteDiff.Change get(int k) {
        return new RouteDiff.Change(before.route(beforeRows[k]), after.route(afterRows[k]));
    }

    @Override
    public int size() {
        return beforeRows.length;
    }
}
