package dev.routediff.cli.render.html;

import dev.routediff.cli.render.Redactor;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IPv4 address space as a square of 256 cells laid along a Hilbert curve, so that neighbouring cells hold
 * neighbouring addresses and a prefix is a compact patch: the whole space by /8, or one prefix split into 256 cells
 * eight bits longer (a /8 into /16s). Each cell is coloured by what carries its addresses in one table, decided by
 * the lookup engine ({@link RouteIndex}): the route chosen for each part of the cell.
 */
final class AddressMap {

    static final int SIDE = 16;
    static final int CELL = 16;

    /** One cell: its prefix, what carries it, and the routes that do (a few, for its title). */
    record Cell(long network, int length, Carrier carrier, boolean withTunnel, List<Route> routes, int more) {

        /** "Tunnel", "Mixed, partly tunnel"… */
        String label() {
            return carrier == Carrier.MIXED && withTunnel ? "Mixed, partly tunnel" : carrier.label;
        }
    }

    private AddressMap() {
    }

    /** The 256 cells of {@code prefix} in one table, in address order. */
    static Cell[] cells(Carriers carriers, Prefix prefix, boolean redact) {
        Cell[] cells = new Cell[SIDE * SIDE];
        int length = prefix.length() + 8;
        long base = prefix.address().low();
        for (int i = 0; i < cells.length; i++) {
            long network = base + ((long) i << (32 - length));
            cells[i] = redact && length >= 16 && Redactor.isPublic(IpAddress.ipv4(network), length)
                    ? new Cell(network, length, Carrier.REDACTED, false, List.of(), 0)
                    : carriers.classify(network, length);
        }
        return cells;
    }

    /** Position on the curve to column and row (Hilbert's d2xy); 0 is the top left cell, 255 the top right. */
    static int[] position(int d) {
        int x = 0;
        int y = 0;
        int t = d;
        for (int s = 1; s < SIDE; s *= 2) {
            int rx = 1 & (t / 2);
            int ry = 1 & (t ^ rx);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int swap = x;
                x = y;
                y = swap;
            }
            x += s * rx;
            y += s * ry;
            t /= 4;
        }
        return new int[] {x, y};
    }

    /** The routes of one table, as the map needs them: the lookup index and its IPv4 routes sorted by address. */
    static final class Carriers {

        private final RouteIndex index;
        private final long[] starts;
        private final long[] ends;
        private final int[] lengths;

        Carriers(RouteTable table) {
            index = RouteIndex.of(table);
            List<Route> routes = index.routes();
            long[] packed = new long[routes.size()];
            int n = 0;
            for (int i = 0; i < routes.size(); i++) {
                Route r = routes.get(i);
                if (r.family() == AddressFamily.INET && RouteIndex.usable(r)) {
                    packed[n++] = r.destination().address().low() << 6 | r.destination().length();
                }
            }
            packed = Arrays.copyOf(packed, n);
            Arrays.sort(packed);
            starts = new long[n];
            ends = new long[n];
            lengths = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = packed[i] >>> 6;
                lengths[i] = (int) (packed[i] & 63);
                ends[i] = starts[i] + (1L << (32 - lengths[i])) - 1;
            }
        }

        /**
         * What carries the cell: the route chosen at each end of every route inside it and at its first address
         * that no route inside covers. One kind of carrier makes the cell that kind; more make it mixed.
         */
        Cell classify(long network, int length) {
            long last = network + (1L << (32 - length)) - 1;
            // distinct positions in the order met: the first few name the cell's routes in its title
            Set<Integer> chosen = new LinkedHashSet<>();
            int from = lowerBound(starts, network);
            long reach = network - 1;
            long gap = -1;
            for (int j = from; j < starts.length && starts[j] <= last; j++) {
                if (lengths[j] <= length) {
                    continue; // the cell itself, or a route containing it: it shows up through the gap
                }
                add(chosen, index.findIpv4(starts[j]));
                add(chosen, index.findIpv4(ends[j]));
                if (gap < 0 && starts[j] > reach + 1) {
                    gap = reach + 1;
                }
                reach = Math.max(reach, ends[j]);
            }
            if (gap < 0 && reach < last) {
                gap = reach + 1;
            }
            if (gap >= 0) {
                add(chosen, index.findIpv4(gap));
            }
            Set<Carrier> kinds = EnumSet.noneOf(Carrier.class);
            List<Route> shown = new ArrayList<>();
            for (int p : chosen) {
                Route r = p < 0 ? null : index.routes().get(p);
                kinds.add(carrierOf(r));
                if (r != null && shown.size() < 3) {
                    shown.add(r);
                }
            }
            int routes = 0;
            for (int p : chosen) {
                routes += p < 0 ? 0 : 1;
            }
            Carrier c = kinds.size() == 1 ? kinds.iterator().next() : Carrier.MIXED;
            return new Cell(network, length, c, kinds.contains(Carrier.TUNNEL), shown, routes - shown.size());
        }

        private static void add(Set<Integer> chosen, int position) {
            chosen.add(position);
        }

        private static int lowerBound(long[] a, long key) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    static Carrier carrierOf(Route r) {
        if (r == null) {
            return Carrier.NONE;
        }
        if (Move.isTunnel(r.iface())) {
            return Carrier.TUNNEL;
        }
        return r.destination().length() == 0 ? Carrier.DEFAULT : Carrier.LAN;
    }

    /** The carrier most cells have; cells of another carrier get their number written in. */
    static Carrier dominant(Cell[] cells) {
        Map<Carrier, Integer> counts = new EnumMap<>(Carrier.class);
        for (Cell c : cells) {
            counts.merge(c.carrier(), 1, Integer::sum);
        }
        Carrier best = Carrier.NONE;
        int most = -1;
        for (Map.Entry<Carrier, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** {@code 10.0.0.0/8}, or under --redact for a /8 cell {@code 52/8}, which names no one and no redaction hides. */
    static String name(long network, int length, boolean redact) {
        IpAddress a = IpAddress.ipv4(network);
        if (redact && length <= 8) {
            return (network >>> 24) + "/" + length;
        }
        return a + "/" + length;
    }

    /** The cell's number within its map: the octet that varies from cell to cell. */
    static String label(Cell c) {
        return Long.toString(c.network() >>> (32 - c.length()) & 0xFF);
    }

    static String describe(Route r) {
        return r.destination() + " via " + r.gateway().text() + (r.iface().isEmpty() ? "" : " " + r.iface());
    }

    /**
     * One map as an SVG element: a cell per rect, grouped with its label and a title naming its prefix, carrier and
     * routes (the tooltip, and what a screen reader reads), outlined where {@code other} (the table before) differs.
     */
    static void svg(StringBuilder sb, String id, String title, Prefix prefix, Cell[] cells, Cell[] other,
                    boolean redact, List<IpAddress> probes) {
        int size = SIDE * CELL;
        int top = 14;
        Carrier dominant = dominant(cells);
        int changed = 0;
        if (other != null) {
            for (int i = 0; i < cells.length; i++) {
                changed += cells[i].carrier() != other[i].carrier() ? 1 : 0;
            }
        }
        sb.append("<svg class=\"map\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(size + 2).append(' ')
                .append(size + top + 2).append("\" width=\"").append(size + 2).append("\" height=\"")
                .append(size + top + 2).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ")
                .append(id).append("-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">").append(Html.esc(summary(cells, dominant, changed, other,
                redact))).append("</desc>");
        long first = prefix.address().low();
        long lastAddress = first + (1L << (32 - prefix.length())) - 1;
        // under --redact a public prefix is named by its first octet only, as the /8 cells are
        boolean hidden = redact && (prefix.length() <= 8 || Redactor.isPublic(prefix.address(), prefix.length()));
        sb.append("<text class=\"axis\" x=\"1\" y=\"10\">").append(Html.esc(hidden
                ? (first >>> 24) + "" : IpAddress.ipv4(first).toString())).append("</text>");
        sb.append("<text class=\"axis\" x=\"").append(size + 1).append("\" y=\"10\" text-anchor=\"end\">")
                .append(Html.esc(hidden ? (lastAddress >>> 24) + "" : IpAddress.ipv4(lastAddress).toString()))
                .append("</text>");
        for (int d = 0; d < cells.length; d++) {
            Cell c = cells[d];
            int[] xy = position(d);
            int x = xy[0] * CELL + 1;
            int y = xy[1] * CELL + 1 + top;
            boolean moved = other != null && other[d].carrier() != c.carrier();
            sb.append("<g class=\"c ").append(c.carrier().css).append(c.carrier() == Carrier.MIXED && c.withTunnel()
                    ? " t" : "").append(moved ? " moved" : "").append("\"><title>")
                    .append(Html.esc(cellTitle(c, other == null ? null : other[d], redact))).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL - 1)
                    .append("\" height=\"").append(CELL - 1).append("\"/>");
            if (c.carrier() != dominant && c.carrier() != Carrier.REDACTED) {
                sb.append("<text x=\"").append(x + (CELL - 1) / 2.0).append("\" y=\"").append(y + 10.5)
                        .append("\">").append(label(c)).append("</text>");
            }
            sb.append("</g>");
        }
        for (IpAddress a : probes) {
            if (!a.isIpv4() || !prefix.contains(a)) {
                continue;
            }
            int d = (int) ((a.low() - first) >>> (32 - prefix.length() - 8));
            int[] xy = position(d);
            sb.append("<circle class=\"probe\" cx=\"").append(xy[0] * CELL + 1 + CELL / 2).append("\" cy=\"")
                    .append(xy[1] * CELL + 1 + top + CELL / 2).append("\" r=\"3.5\"><title>")
                    .append(Html.esc(a + " (looked up)")).append("</title></circle>");
        }
        sb.append("<polyline class=\"curve\" points=\"");
        for (int d = 0; d < cells.length; d++) {
            int[] xy = position(d);
            sb.append(d == 0 ? "" : " ").append(xy[0] * CELL + 1 + CELL / 2).append(',')
                    .append(xy[1] * CELL + 1 + top + CELL / 2);
        }
        sb.append("\"/></svg>");
    }

    static String cellTitle(Cell c, Cell before, boolean redact) {
        if (c.carrier() == Carrier.REDACTED) {
            return "a public /" + c.length() + " (redacted)"; // its address would be a placeholder to no purpose
        }
        StringBuilder sb = new StringBuilder(name(c.network(), c.length(), redact)).append(": ");
        sb.append(c.label().toLowerCase(java.util.Locale.ROOT));
        if (!c.routes().isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < c.routes().size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(describe(c.routes().get(i)));
            }
            if (c.more() > 0) {
                sb.append("; and ").append(c.more()).append(" more");
            }
            sb.append(')');
        }
        if (before != null && before.carrier() != c.carrier()) {
            sb.append(", before: ").append(before.label().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    private static String summary(Cell[] cells, Carrier dominant, int changed, Cell[] other, boolean redact) {
        Map<Carrier, Integer> counts = new EnumMap<>(Carrier.class);
        for (Cell c : cells) {
            counts.merge(c.carrier(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ')
                .append(k.label.toLowerCase(java.util.Locale.ROOT)));
        if (other != null) {
            sb.append("; ").append(changed).append(changed == 1 ? " cell changed carrier" : " cells changed carrier");
        }
        return sb.append('.').toString();
    }
}
