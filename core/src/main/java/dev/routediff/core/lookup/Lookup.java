package dev.routediff.core.lookup;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The route a dump would choose for one address, and why.
 *
 * @param address    the address looked up, zone included
 * @param route      the chosen route, empty when no usable route covers the address
 * @param candidates how many usable routes cover the address, of every length
 * @param passedOver the other routes with the same (longest) prefix, each with the rule that ranked it lower
 * @param rule       with Linux policy routing, the rule that decided, as printed ({@code rule 32765: not from all
 *                   fwmark 0xca6c lookup 51820}); null when the dump has no rules to follow
 */
public record Lookup(IpAddress address, Optional<Route> route, int candidates, List<PassedOver> passedOver,
                     String rule) {

    /** Multicast rows repeat once per interface; past a handful, line numbers stop helping a reader. */
    private static final int SHOWN_LINES = 5;

    /** The tie-break rule that put a route of the chosen prefix behind the chosen one; in the order applied. */
    public enum Reason {
        /** The lookup had a zone and the chosen route belongs to it, this one does not. */
        ZONE,
        /** The chosen route is unscoped, this one carries the {@code I} flag. */
        UNSCOPED,
        /** The platform compares metrics (Linux, Windows) and the chosen route's is lower. */
        LOWEST_METRIC,
        /** Nothing tells them apart but the order of the dump. */
        SOURCE_ORDER
    }

    public record PassedOver(Route route, Reason reason) {
        public PassedOver {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Lookup {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(route, "route");
        passedOver = List.copyOf(passedOver);
    }

    /** A lookup in one table, no policy rule involved. */
    public Lookup(IpAddress address, Optional<Route> route, int candidates, List<PassedOver> passedOver) {
        this(address, route, candidates, passedOver, null);
    }

    /** The same decision, reached through policy rule {@code rule} (as printed, prefixed {@code rule }). */
    public Lookup withRule(String rule) {
        return new Lookup(address, route, candidates, passedOver, rule);
    }

    /**
     * One line for a person: {@code longest prefix /0 of 2 candidates; unscoped preferred over 1 scoped (en0)}, after
     * the deciding policy rule when there is one.
     */
    public String why() {
        if (rule != null) {
            return rule + "; " + withRule(null).why();
        }
        if (route.isEmpty()) {
            return "no route matches";
        }
        StringBuilder sb = new StringBuilder("longest prefix /").append(route.get().destination().length())
                .append(" of ").append(candidates).append(candidates == 1 ? " candidate" : " candidates");
        List<Route> zone = passed(Reason.ZONE);
        if (!zone.isEmpty()) {
            sb.append("; zone ").append(address.zone()).append(" preferred over ").append(zone.size())
                    .append(" on ").append(ifaces(zone));
        }
        List<Route> scoped = passed(Reason.UNSCOPED);
        if (!scoped.isEmpty()) {
            sb.append("; unscoped preferred over ").append(scoped.size()).append(" scoped (").append(ifaces(scoped))
                    .append(')');
        }
        List<Route> higher = passed(Reason.LOWEST_METRIC);
        if (!higher.isEmpty()) {
            int compared = higher.size() + 1;
            sb.append("; lowest metric ").append(route.get().metric()).append(" of ").append(compared)
                    .append(" candidates");
        }
        List<Route> later = passed(Reason.SOURCE_ORDER);
        if (!later.isEmpty()) {
            List<String> lines = new ArrayList<>();
            later.stream().limit(SHOWN_LINES).forEach(r -> lines.add(Integer.toString(r.line())));
            sb.append("; first in source order, ahead of line").append(later.size() == 1 ? " " : "s ")
                    .append(String.join(", ", lines));
            if (later.size() > SHOWN_LINES) {
                sb.append(" and ").append(later.size() - SHOWN_LINES).append(" more");
            }
        }
        return sb.toString();
    }

    private List<Route> passed(Reason reason) {
        List<Route> out = new ArrayList<>();
        for (PassedOver p : passedOver) {
            if (p.reason() == reason) {
                out.add(p.route());
            }
        }
        return out;
    }

    private static String ifaces(List<Route> routes) {
        Set<String> names = new LinkedHashSet<>();
        routes.forEach(r -> names.add(r.iface().isEmpty() ? "no interface" : r.iface()));
        return String.join(", ", names);
    }
}
