package dev.routediff.core.diff;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.RouteTable;
import java.util.Arrays;

/**
 * Compares two route tables.
 *
 * <p>Destinations repeat (several {@code default} rows, one network per interface), so a route is identified by
 * family, destination, host-ness, gateway and interface, and repeated identical rows are matched one to one in order.
 * A route still unmatched is then paired with one that has the same family, destination, host-ness and gateway on
 * another interface: that is reported as changed. Anything else is added or removed; a new gateway for the same
 * destination is a different route (the kernel replaced it).
 */
public final class RouteDiffer {

    private RouteDiffer() {
    }

    /**
     * @param includeNoise when false, neighbour-cache entries and Expire-only changes are left out and counted
     *                     in {@link RouteDiff#ignored()}
     */
    public static RouteDiff diff(RouteTable beforeTable, RouteTable afterTable, boolean includeNoise) {
        return diff(beforeTable, afterTable, includeNoise, PARALLEL_AT);
    }

    /** {@link #diff(RouteTable, RouteTable, boolean)}, hashing on a second thread from {@code parallelAt} rows on. */
    static RouteDiff diff(RouteTable beforeTable, RouteTable afterTable, boolean includeNoise, int parallelAt) {
        RouteStore before = RouteStore.of(beforeTable);
        RouteStore after = RouteStore.of(afterTable);
        int[] pairOfRight = new int[after.size()];
        Arrays.fill(pairOfRight, -1);
        boolean[] leftMatched = new boolean[before.size()];

        matchPass(before, after, leftMatched, pairOfRight, true, parallelAt);
        matchPass(before, after, leftMatched, pairOfRight, false, parallelAt);

        // Row numbers, not routes: the views made of them below make a Route only when a renderer asks for one.
        // sized by what is left unpaired, not by the tables: a diff of two large tables that differ little then
        // allocates next to nothing beyond the pairing, and the young collection that ran into it is often avoided
        int[] added = new int[unpaired(pairOfRight)];
        int addedCount = 0;
        long[] changed = new long[16]; // (line before << 32) | row after: sorted, the changes in before-line order
        int changedCount = 0;
        int ignored = 0;
        for (int j = 0; j < after.size(); j++) {
            int i = pairOfRight[j];
            if (i < 0) {
                if (!includeNoise && after.isNeighborEntry(j)) {
                    ignored++;
                } else {
                    added[addedCount++] = j;
                }
                continue;
            }
            if (RowIdentity.sameState(before, i, after, j, true)) {
                continue;
            }
            boolean sameButExpiry = RowIdentity.sameState(before, i, after, j, false);
            if (!includeNoise && (sameButExpiry || before.isNeighborEntry(i) || after.isNeighborEntry(j))) {
                ignored++;
                continue;
            }
            if (changedCount == changed.length) {
                changed = Arrays.copyOf(changed, changedCount * 2);
            }
            changed[changedCount++] = ((long) before.line(i) << 32) | j;
        }
        // by the line before and, for equal lines, in the after table's order: what a stable sort by line gave
        Arrays.sort(changed, 0, changedCount);
        int[] changedBefore = new int[changedCount];
        int[] changedAfter = new int[changedCount];
        for (int k = 0; k < changedCount; k++) {
            int j = (int) changed[k];
            changedAfter[k] = j;
            changedBefore[k] = pairOfRight[j];
        }
        int[] removed = new int[unpaired(leftMatched)];
        int removedCount = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!leftMatched[i]) {
                if (!includeNoise && before.isNeighborEntry(i)) {
                    ignored++;
                } else {
                    removed[removedCount++] = i;
                }
            }
        }
        return new RouteDiff(new TableRows(afterTable, Arrays.copyOf(added, addedCount)),
                new TableRows(beforeTable, Arrays.copyOf(removed, removedCount)),
                new ChangedRows(beforeTable, afterTable, changedBefore, changedAfter), ignored);
    }

    /**
     * Pairs each unpaired row of {@code right} with the first unpaired row of {@code left} that is the same route
     * (with or without the interface). The open rows of {@code left} sit in hash chains of plain int arrays, in
     * source order, and a paired row leaves its chain: no object per row, so two million-route tables fit in a
     * few tens of megabytes beside their own.
     */
    private static void matchPass(RouteStore left, RouteStore right, boolean[] leftMatched, int[] pairOfRight,
                                  boolean withInterface, int parallelAt) {
        int n = left.size();
        int open = unpaired(leftMatched);
        if (open == 0) {
            return;
        }
        int probes = unpaired(pairOfRight);
        // Many rows to look up: their hashes are computed on a second thread while this one files the left rows, so
        // the core the reading used is not idle while a large table is paired.
        RightHashes ahead = probes >= parallelAt ? new RightHashes(right, pairOfRight, withInterface) : null;
        if (ahead != null) {
            ahead.start();
        }
        // the buckets for the open rows only: the second pass sees the few the first left unpaired
        int buckets = Integer.highestOneBit(Math.max(2, open) * 2 - 1) << 1;
        int mask = buckets - 1;
        int[] head = new int[buckets];
        Arrays.fill(head, -1);
        int[] next = new int[n];
        int[] hashes = new int[n];
        for (int i = n - 1; i >= 0; i--) { // pushed from the end so that each chain runs in source order
            if (!leftMatched[i]) {
                int h = spread(RowIdentity.hash(left, i, withInterface));
                hashes[i] = h;
                next[i] = head[h & mask];
                head[h & mask] = i;
            }
        }
        int[] rightHashes = ahead == null ? null : ahead.finish();
        for (int j = 0; j < right.size(); j++) {
            if (pairOfRight[j] >= 0) {
                continue;
            }
            int h = rightHashes != null ? rightHashes[j] : spread(RowIdentity.hash(right, j, withInterface));
            int prev = -1;
            for (int i = head[h & mask]; i >= 0; prev = i, i = next[i]) {
                if (hashes[i] == h && RowIdentity.same(left, i, right, j, withInterface)) {
                    if (prev < 0) {
                        head[h & mask] = next[i];
                    } else {
                        next[prev] = next[i];
                    }
                    leftMatched[i] = true;
                    pairOfRight[j] = i;
                    break;
                }
            }
        }
    }

    /** From this many rows to look up on, their hashes are computed on a thread of their own. */
    static final int PARALLEL_AT = 100_000;

    /** The hashes of the unpaired rows of a table, computed on a thread of its own (a class: no lambda at start-up). */
    private static final class RightHashes extends Thread {
        private final RouteStore right;
        private final int[] pairOfRight;
        private final boolean withInterface;
        private final int[] hashes;
        private Throwable failure;

        RightHashes(RouteStore right, int[] pairOfRight, boolean withInterface) {
            super("routediff-diff");
            setDaemon(true);
            this.right = right;
            this.pairOfRight = pairOfRight;
            this.withInterface = withInterface;
            this.hashes = new int[right.size()];
        }

        @Override
        public void run() {
            try {
                for (int j = 0; j < hashes.length; j++) {
                    if (pairOfRight[j] < 0) {
                        hashes[j] = spread(RowIdentity.hash(right, j, withInterface));
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** The hashes, once the thread is done (waited for even when interrupted, whose flag is kept). */
        int[] finish() {
            boolean interrupted = false;
            while (true) {
                try {
                    join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            return hashes;
        }
    }

    /** The rows of the right table not paired yet. */
    private static int unpaired(int[] pairOfRight) {
        int n = 0;
        for (int pair : pairOfRight) {
            if (pair < 0) {
                n++;
            }
        }
        return n;
    }

    /** The rows of the left table not paired yet. */
    private static int unpaired(boolean[] leftMatched) {
        int n = 0;
        for (boolean matched : leftMatched) {
            if (!matched) {
                n++;
            }
        }
        return n;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
