package dev.routediff.core.lookup;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;

/**
 * The one place that says which of two routes of the same prefix a lookup prefers. The index orders its groups with
 * it, the scan and the trace choose with it, so a new tie-break (a platform's metric, say) is added here once and
 * every way of looking up agrees.
 *
 * <p>In the order applied: a route of the lookup's zone (its destination carries the zone, or it is {@code I}-scoped
 * to that interface) before others; an unscoped route before an {@code I}-scoped one; then, when {@link #compare}
 * says 0, the earlier row of the dump.
 */
public final class TieBreak {

    private TieBreak() {
    }

    /**
     * Negative when {@code a} is preferred over {@code b} for a lookup with {@code zone} (null: none), positive when
     * {@code b} is, 0 when only the order of the dump tells them apart.
     */
    public static int compare(Route a, Route b, String zone) {
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
        return 0;
    }

    /** The rule that put {@code other} behind {@code chosen} (both of one prefix, chosen preferred). */
    public static Lookup.Reason reason(Route chosen, Route other, String zone) {
        if (zone != null && ofZone(chosen, zone) && !ofZone(other, zone)) {
            return Lookup.Reason.ZONE;
        }
        if (!scoped(chosen) && scoped(other)) {
            return Lookup.Reason.UNSCOPED;
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
