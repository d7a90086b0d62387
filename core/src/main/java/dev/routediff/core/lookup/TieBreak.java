package dev.routediff.core.lookup;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import java.util.Optional;

/**
 * The one place that says which of two routes of the same prefix a lookup prefers. The index orders its groups with
 * it, the scan and the trace choose with it, so every way of looking up agrees.
 *
 * <p>In the order applied: a route of the lookup's zone (its destination carries the zone, or it is {@code I}-scoped
 * to that interface) before others; an unscoped route before an {@code I}-scoped one; on a platform that compares
 * metrics (Linux and Windows: the kernel's FIB and Windows' route selection both take the lowest among routes of
 * one prefix), the lower metric; then, when {@link #compare} says 0, the earlier row of the dump. macOS has no
 * metric and keeps its own rules. The platform is the one the parser declares ({@code ParserInfo.platform}), never
 * guessed from the rows: without one, metrics are not compared.
 */
public final class TieBreak {

    private static final TieBreak WITHOUT_METRIC = new TieBreak(false);
    private static final TieBreak LOWEST_METRIC = new TieBreak(true);

    private final boolean lowestMetric;

    private TieBreak(boolean lowestMetric) {
        this.lowestMetric = lowestMetric;
    }

    /** The tie-breaks of routes printed on {@code platform} (null: unknown). */
    public static TieBreak of(Platform platform) {
        return platform == Platform.LINUX || platform == Platform.WINDOWS ? LOWEST_METRIC : WITHOUT_METRIC;
    }

    /** The tie-breaks of the platform a table's parser declared. */
    public static TieBreak of(RouteTable table) {
        return of(table.platform().orElse(null));
    }

    /** The tie-breaks of a declared platform, if any. */
    public static TieBreak of(Optional<Platform> platform) {
        return of(platform.orElse(null));
    }

    /** Whether the lower metric wins among routes of one prefix. */
    public boolean comparesMetrics() {
        return lowestMetric;
    }

    /**
     * Negative when {@code a} is preferred over {@code b} for a lookup with {@code zone} (null: none), positive when
     * {@code b} is, 0 when only the order of the dump tells them apart.
     */
    public int compare(Route a, Route b, String zone) {
        if (zone != null) {
            boolean za = ofZone(a, zone);
            boolean zb = ofZone(b, zone);
            if (za != zb) {
                return za ? -1 : 1;
            }
        }
        boolean sa = scoped(a);
        boolean sb = scoped(b);
        if (sa != sb) {
            return sa ? 1 : -1;
        }
        if (lowestMetric && a.metric() != null && b.metric() != null) {
            return Long.compare(a.metric(), b.metric());
        }
        return 0;
    }

    /** The rule that put {@code other} behind {@code chosen} (both of one prefix, chosen preferred). */
    public Lookup.Reason reason(Route chosen, Route other, String zone) {
        if (zone != null && ofZone(chosen, zone) && !ofZone(other, zone)) {
            return Lookup.Reason.ZONE;
        }
        if (!scoped(chosen) && scoped(other)) {
            return Lookup.Reason.UNSCOPED;
        }
        if (lowestMetric && chosen.metric() != null && other.metric() != null && chosen.metric() < other.metric()) {
            return Lookup.Reason.LOWEST_METRIC;
        }
        return Lookup.Reason.SOURCE_ORDER;
    }

    static boolean scoped(Route r) {
        return r.flags().has(RouteFlag.IFSCOPE);
    }

    /** A zoned destination covers only lookups of its zone; a lookup without a zone ignores zones. */
    static boolean compatible(Route r, String zone) {
        String dz = r.destination().address().zone();
        return zone == null || dz == null || dz.equals(zone);
    }

    static boolean ofZone(Route r, String zone) {
        String dz = r.destination().address().zone();
        return zone.equals(dz) || (dz == null && scoped(r) && zone.equals(r.iface()));
    }
}
