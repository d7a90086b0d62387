package dev.routediff.core.model;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.internal.StoreHolder;
import dev.routediff.core.rules.Platform;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A parsed route dump: its routes in source order (destinations may repeat: several {@code default} rows are
 * normal), viewable per address family. Immutable.
 *
 * <p>A million-route table is kept compact (see {@code dev.routediff.core.internal.RouteStore}), so
 * {@link #route(int)} and {@link #routes()} make each {@link Route} when it is read: equal values every time, never
 * the same object.
 */
public final class RouteTable extends StoreHolder {

    private final String source;
    private final String parserId;
    /** The platform the parser declares, or null. */
    private final Platform platform;
    /** The policy routing rules that came with the routes (Linux {@code ip rule show}); usually none. */
    private final PolicyRules policy;

    /**
     * @param source   the name the user gave (a path, or {@code -} for standard input)
     * @param parserId the id of the parser that read it
     * @param routes   every route, in the order printed
     */
    public RouteTable(String source, String parserId, List<Route> routes) {
        this(rowsOf(routes), Objects.requireNonNull(source, "source"), Objects.requireNonNull(parserId, "parserId"),
                null, PolicyRules.NONE);
    }

    private static RouteStore rowsOf(List<Route> routes) {
        RouteStore.Builder b = new RouteStore.Builder(routes.size());
        for (Route r : routes) {
            b.add(r);
        }
        return b.build();
    }

    private RouteTable(RouteStore rows, String source, String parserId, Platform platform, PolicyRules policy) {
        super(rows);
        this.source = source;
        this.parserId = parserId;
        this.platform = platform;
        this.policy = policy;
    }

    /**
     * This table, declared as printed by {@code p}'s kernel (null: unknown): the reader stamps the platform its
     * parser declares, and lookups break ties by it ({@code TieBreak}). Cheap: the rows are shared.
     */
    public RouteTable withPlatform(Platform p) {
        return p == platform ? this : new RouteTable(store, source, parserId, p, policy);
    }

    /** The platform whose kernel printed this table, as its parser declares it; empty when unknown. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    /** A builder for parsers; {@code expectedRoutes} only sizes the first allocation. */
    public static Builder builder(String source, String parserId, int expectedRoutes) {
        return new Builder(source, parserId, expectedRoutes);
    }

    public String source() {
        return source;
    }

    public String parserId() {
        return parserId;
    }

    public int size() {
        return store.size();
    }

    /** The policy routing rules read with the routes ({@link PolicyRules#NONE} when the dump had none). */
    public PolicyRules policy() {
        return policy;
    }

    /** The same routes with these rules (say, read from a file of their own). Cheap: the rows are shared. */
    public RouteTable withPolicy(PolicyRules rules) {
        return new RouteTable(store, source, parserId, platform, Objects.requireNonNull(rules, "rules"));
    }

    /** The route of row {@code i} (0-based, source order). */
    public Route route(int i) {
        return store.route(i);
    }

    /** Every route, in the order printed: a read-only view that makes each route when it is read. */
    public List<Route> routes() {
        return new Rows();
    }

    /** The section of one family, in source order. */
    public List<Route> section(AddressFamily family) {
        List<Route> out = new ArrayList<>();
        for (int i = 0, n = store.size(); i < n; i++) {
            if (store.family(i) == family) {
                out.add(store.route(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteTable t && t.source.equals(source) && t.parserId.equals(parserId)
                && t.routes().equals(routes());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, parserId, routes());
    }

    @Override
    public String toString() {
        return "RouteTable[source=" + source + ", parserId=" + parserId + ", routes=" + size() + "]";
    }

    private final class Rows extends AbstractList<Route> implements RandomAccess {
        @Override
        public Route get(int index) {
            return store.route(index);
        }

        @Override
        public int size() {
            return store.size();
        }
    }

    /** Collects rows in source order; a parser's one mutable helper. Not thread-safe. */
    public static final class Builder extends StoreHolder.OfBuilder {
        private final String source;
        private final String parserId;
        private PolicyRules policy = PolicyRules.NONE;

        private Builder(String source, String parserId, int expected) {
            super(new RouteStore.Builder(expected));
            this.source = Objects.requireNonNull(source, "source");
            this.parserId = Objects.requireNonNull(parserId, "parserId");
        }

        public int size() {
            return rows.size();
        }

        /** Adds a route. */
        public Builder add(Route r) {
            rows.add(r);
            return this;
        }

        /** The policy routing rules read with the routes. */
        public Builder policy(PolicyRules rules) {
            policy = Objects.requireNonNull(rules, "rules");
            return this;
        }

        public RouteTable build() {
            return new RouteTable(rows.build(), source, parserId, null, policy);
        }
    }
}
