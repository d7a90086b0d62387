package dev.routediff.core.lookup;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Longest-prefix match over the routes of a dump: which route the table would pick for an address.
 *
 * <p><b>Rules.</b> A route is a candidate for an address when its destination contains it. Among candidates the
 * longest prefix wins; among routes with that same prefix:
 * <ol>
 *   <li>with a zone on the lookup ({@code fe80::1%en0}): a route of that zone (its destination carries
 *       {@code %en0}, or it is {@code I}-scoped to {@code en0}) before the others — the zone binds the lookup to
 *       that interface, and scoped routes are the ones that serve bound traffic;</li>
 *   <li>an unscoped route before an {@code I}-scoped one: macOS consults scoped routes only for traffic already
 *       bound to their interface, which an unbound lookup is not;</li>
 *   <li>the earlier row of the dump.</li>
 * </ol>
 * A destination that carries a zone ({@code fe80::%en0/64}) covers addresses of that zone only when the lookup has
 * a zone, because the kernel keeps the scope inside link-local addresses; a lookup without a zone ignores zones.
 *
 * <p><b>Routes left out</b> ({@link #skipped()}): destinations with a non-contiguous mask (they have no prefix
 * length, and netstat may have cut the mask), and routes whose printed flags lack {@code U}, which the kernel does
 * not use. A dump without a flags column says nothing about {@code U}, so its routes are all kept. Reject and
 * blackhole routes are kept: the kernel does pick them, and then drops the packet.
 *
 * <p><b>What a dump cannot tell</b>, so the answer is the table's, not necessarily the packet's: route metrics and
 * priorities (netstat does not print them); policy routing (packet filter {@code route-to}, Network Extension and
 * per-app VPN rules, source-address and socket binding); whether an interface is up or has an address; the host
 * routes the kernel clones on use from {@code C} routes (only those already cloned are in the dump — a fresh one
 * would follow its parent route anyway); and anything that changed after the dump was taken.
 *
 * <p><b>Shape.</b> One path-compressed binary trie per family in primitive arrays, no object per node: a node is a
 * record of four ints (prefix length, two children, the route for an address whose walk ends there), numbered
 * depth-first so that a first child sits beside its parent; the keys (two longs, IPv4 in the top 32 bits of the
 * first) and the groups of routes, already in preference order, are arrays of their own. There are at most two
 * nodes per distinct prefix, about 40 bytes each, and building is O(routes × depth). The top is level-compressed:
 * a table indexed by an address's first bits (up to 16, fewer for small tables) says where below them its walk
 * goes on. An unzoned lookup then descends by the address's bits without comparing keys, compares once with the
 * last node's key, and allocates nothing ({@link #find}); a zoned lookup compares at every node. {@link #lookup} also says why, and allocates. An index is immutable, so threads may
 * share it.
 */
public final class RouteIndex {

    /**
     * IPv4 tries with at least this many nodes also get a {@link Direct} table: below it the trie stays in the CPU
     * caches and a 64 MB table would cost more to fill than it saves. Its user is the HTML report's address map,
     * which looks up two addresses per route of every cell ({@code LookupBenchmark}: direct against trie); a
     * {@code lookup} of a few addresses scans instead ({@link RouteScan}) and builds no index at all.
     */
    static final int DIRECT_MIN_NODES = 1 << 16;

    private final List<Route> routes;
    private final List<Route> skipped;
    private final Trie inet;
    private final Trie inet6;
    /** The IPv4 answers by /24, or null for a small table. */
    private final Direct direct;
    private final TieBreak tieBreak;

    private RouteIndex(List<Route> routes, List<Route> skipped, Trie inet, Trie inet6, int directMinNodes,
                       TieBreak tieBreak) {
        this.routes = routes;
        this.tieBreak = tieBreak;
        this.skipped = skipped;
        this.inet = inet;
        this.inet6 = inet6;
        this.direct = inet.root >= 0 && inet.node.length / Trie.RECORD >= directMinNodes ? new Direct(inet) : null;
    }

    /** Indexes the routes; their iteration order is the source order the last tie-break uses. */
    public static RouteIndex build(Collection<Route> routes) {
        return build(routes, DIRECT_MIN_NODES);
    }

    /**
     * {@link #build}, with the trie size (in nodes) from which IPv4 gets a direct table: 0 always,
     * {@link Integer#MAX_VALUE} never. Same answers either way; tests compare them, benchmarks time them.
     */
    public static RouteIndex build(Collection<Route> routes, int directMinNodes) {
        return index(List.copyOf(routes), directMinNodes, TieBreak.of((Platform) null));
    }

    /** {@link #build}, breaking ties as {@code platform} does (null: without metrics). */
    public static RouteIndex build(Collection<Route> routes, Platform platform) {
        return index(List.copyOf(routes), DIRECT_MIN_NODES, TieBreak.of(platform));
    }

    /** Indexes {@code all} as it is: an immutable list that {@link #routes()} hands out. */
    private static RouteIndex index(List<Route> all, int directMinNodes, TieBreak tieBreak) {
        List<Route> skipped = new ArrayList<>();
        TrieBuilder v4 = new TrieBuilder(AddressFamily.INET.bits());
        TrieBuilder v6 = new TrieBuilder(AddressFamily.INET6.bits());
        for (int i = 0; i < all.size(); i++) {
            Route r = all.get(i);
            if (!usable(r)) {
                skipped.add(r);
                continue;
            }
            IpAddress a = r.destination().address();
            (r.family() == AddressFamily.INET ? v4 : v6).add(keyHigh(a), keyLow(a), r.destination().length(), i);
        }
        return new RouteIndex(all, List.copyOf(skipped), v4.build(all, tieBreak), v6.build(all, tieBreak),
                directMinNodes, tieBreak);
    }

    /**
     * Indexes a table. The index keeps the table's own read-only view of its routes rather than a copy, so a
     * million-route table is not held a second time as objects: a route is made when a lookup reads it.
     */
    public static RouteIndex of(RouteTable table) {
        return index(table.routes(), DIRECT_MIN_NODES, TieBreak.of(table));
    }

    /** Whether a route takes part in lookups; see the class comment. */
    public static boolean usable(Route r) {
        boolean up = r.flags().text().isEmpty() || r.flags().has(RouteFlag.UP);
        return up && !r.destination().isIrregular();
    }

    /** Every route given to {@link #build}, in that order; {@link #find} returns positions in this list. */
    public List<Route> routes() {
        return routes;
    }

    /** The routes left out of lookups: not up, or an irregular mask. */
    public List<Route> skipped() {
        return skipped;
    }

    /** Position in {@link #routes()} of the route chosen for {@code address}, or -1; allocates nothing. */
    public int find(IpAddress address) {
        Trie t = address.isIpv4() ? inet : inet6;
        long hi = keyHigh(address);
        long lo = keyLow(address);
        if (address.zone() != null) {
            return t.findZoned(hi, lo, address.zone(), routes, tieBreak);
        }
        return t == inet ? findIpv4(hi >>> 32) : t.find(hi, lo);
    }

    /** {@link #find} for an IPv4 address given as its 32-bit value (the low 32 bits of {@code address}). */
    public int findIpv4(long address) {
        if (direct != null) {
            int r = direct.table[(int) ((address & 0xFFFF_FFFFL) >>> 8)];
            if (r != Direct.DEEPER) {
                return r;
            }
        }
        return inet.find((address & 0xFFFF_FFFFL) << 32, 0);
    }

    /** The route chosen for {@code address}, with the reasons. */
    public Lookup lookup(IpAddress address) {
        Objects.requireNonNull(address, "address");
        Trie t = address.isIpv4() ? inet : inet6;
        long hi = keyHigh(address);
        long lo = keyLow(address);
        String zone = address.zone();
        List<Integer> positions = new ArrayList<>();
        for (int n = t.root; n >= 0 && t.covers(n, hi, lo); n = t.next(n, hi, lo)) {
            int g = t.group[n];
            if (g < 0) {
                continue;
            }
            for (int i = g + 1; i <= g + t.members[g]; i++) {
                if (TieBreak.compatible(routes.get(t.members[i]), zone)) {
                    positions.add(t.members[i]);
                }
            }
        }
        // the decision's last tie-break is the dump's order
        positions.sort(null);
        List<Route> candidates = new ArrayList<>(positions.size());
        positions.forEach(p -> candidates.add(routes.get(p)));
        return LookupDecision.decide(address, candidates, tieBreak);
    }

    static boolean scoped(Route r) {
        return TieBreak.scoped(r);
    }

    /** The address as the high half of a 128-bit key: IPv4 sits in the top 32 bits so both families share code. */
    private static long keyHigh(IpAddress a) {
        return a.isIpv4() ? a.low() << 32 : a.high();
    }

    private static long keyLow(IpAddress a) {
        return a.isIpv4() ? 0 : a.low();
    }

    /** Bit {@code index} of a key, counted from the most significant bit of {@code hi}. */
    static boolean bit(long hi, long lo, int index) {
        return ((index < 64 ? hi >>> (63 - index) : lo >>> (127 - index)) & 1) != 0;
    }

    /** How many leading bits two keys share (128 when equal). */
    static int commonBits(long ah, long al, long bh, long bl) {
        long x = ah ^ bh;
        return x != 0 ? Long.numberOfLeadingZeros(x) : 64 + Long.numberOfLeadingZeros(al ^ bl);
    }

    /** True when the first {@code length} bits of the two keys agree. */
    static boolean samePrefix(long ah, long al, long bh, long bl, int length) {
        if (length == 0) {
            return true;
        }
        if (length <= 64) {
            return ((ah ^ bh) & (-1L << (64 - length))) == 0;
        }
        return ah == bh && ((al ^ bl) & (-1L << (128 - length))) == 0;
    }

    /**
     * The frozen trie of one family. A node is a record of four ints in {@link #node} — prefix length, child for a
     * next bit 0, child for 1, and the route chosen for an address whose deepest covering node it is — so that
     * descending touches one small record per level; nodes are numbered in depth-first order, which puts a node's
     * first child next to it in memory. Keys, groups and members are read only at the end or to explain.
     */
    private static final class Trie {
        static final int RECORD = 4;
        static final int LEN = 0;
        static final int CHILD = 1;
        static final int BEST = 3;

        final int width;
        final int root;
        final int[] node;
        final long[] hi;
        final long[] lo;
        /** Offset in {@link #members} of node n's group, or -1: a count, then route positions in preference order. */
        final int[] group;
        final int[] members;
        /**
         * Level compression of the top: the first {@link #jumpBits} bits of an address pick where its walk goes on
         * from ({@link #jumpStart}: the first node on its path at least that long, or -1) and the route the shorter
         * nodes above give it ({@link #jumpBest}); both depend on those bits only, so they are computed once.
         */
        final int jumpBits;
        final int[] jumpStart;
        final int[] jumpBest;

        Trie(int width, int root, int[] node, long[] hi, long[] lo, int[] group, int[] members) {
            this.width = width;
            this.root = root;
            this.node = node;
            this.hi = hi;
            this.lo = lo;
            this.group = group;
            this.members = members;
            // about a quarter as many entries as nodes, so a small table gets a small jump table
            int nodes = hi.length;
            this.jumpBits = Math.max(0, Math.min(16, 31 - Integer.numberOfLeadingZeros(Math.max(1, nodes)) - 2));
            this.jumpStart = new int[1 << jumpBits];
            this.jumpBest = new int[1 << jumpBits];
            for (int v = 0; v < jumpStart.length; v++) {
                long vh = jumpBits == 0 ? 0 : (long) v << (64 - jumpBits);
                int best = -1;
                int n = root;
                while (n >= 0 && node[RECORD * n + LEN] < jumpBits) {
                    if (covers(n, vh, 0)) {
                        best = node[RECORD * n + BEST];
                    }
                    n = next(n, vh, 0);
                }
                jumpStart[v] = n;
                jumpBest[v] = best;
            }
        }

        /** The entry of the jump tables for a key: its first {@link #jumpBits} bits (none when 0). */
        int jump(long ah) {
            return (int) ((ah >>> 1) >>> (63 - jumpBits));
        }

        boolean covers(int n, long ah, long al) {
            return samePrefix(ah, al, hi[n], lo[n], node[RECORD * n + LEN]);
        }

        int next(int n, long ah, long al) {
            int l = node[RECORD * n + LEN];
            return l == width ? -1 : node[RECORD * n + CHILD + (bit(ah, al, l) ? 1 : 0)];
        }

        /**
         * Every prefix on a root-to-node path is a prefix of the last node's key, so one comparison with that key
         * tells how deep the path covers the address: descend by the address's bits without comparing keys, compare
         * once, then walk the (now cached) path again to the deepest node that covers it.
         */
        int find(long ah, long al) {
            int v = jump(ah);
            int last = -1;
            for (int n = jumpStart[v]; n >= 0; n = next(n, ah, al)) {
                last = n;
            }
            return finish(ah, al, v, last);
        }

        /** The route of the path's deepest node that covers the address, given the jump entry and the last node. */
        private int finish(long ah, long al, int v, int last) {
            int best = jumpBest[v];
            if (last < 0) {
                return best;
            }
            int common = commonBits(ah, al, hi[last], lo[last]);
            for (int n = jumpStart[v]; n >= 0 && node[RECORD * n + LEN] <= common; n = next(n, ah, al)) {
                best = node[RECORD * n + BEST];
            }
            return best;
        }


        /** As {@link #find}, with the zone rules: the deepest node holding a route the zone allows. */
        int findZoned(long ah, long al, String zone, List<Route> routes, TieBreak tieBreak) {
            int best = -1;
            for (int n = root; n >= 0 && covers(n, ah, al); n = next(n, ah, al)) {
                int g = group[n];
                if (g < 0) {
                    continue;
                }
                int chosen = -1;
                Route chosenRoute = null;
                for (int i = g + 1; i <= g + members[g]; i++) {
                    Route r = routes.get(members[i]);
                    if (!TieBreak.compatible(r, zone)) {
                        continue;
                    }
                    if (chosenRoute == null || tieBreak.compare(r, chosenRoute, zone) < 0
                            || (tieBreak.compare(r, chosenRoute, zone) == 0 && members[i] < chosen)) {
                        chosen = members[i];
                        chosenRoute = r;
                    }
                }
                if (chosen >= 0) {
                    best = chosen;
                }
            }
            return best;
        }
    }

    /**
     * The unzoned IPv4 answer for every /24 (DIR-24-8 without its second level): one load instead of a walk of
     * twenty-odd dependent cache misses on a million-route table. A /24 that holds a prefix longer than /24 says
     * {@link #DEEPER} and is answered by the trie. Filled from the trie itself, each entry once: a node's range
     * gets the node's route except where its children's ranges are, which they fill.
     */
    private static final class Direct {
        static final int DEEPER = Integer.MIN_VALUE;
        final int[] table = new int[1 << 24];

        Direct(Trie t) {
            Arrays.fill(table, -1);
            fill(t, t.root);
        }

        private void fill(Trie t, int n) {
            int len = t.node[Trie.RECORD * n + Trie.LEN];
            int start = slot(t, n, len);
            int c0 = len == t.width ? -1 : t.node[Trie.RECORD * n + Trie.CHILD];
            int c1 = len == t.width ? -1 : t.node[Trie.RECORD * n + Trie.CHILD + 1];
            if (len > 24 || (len == 24 && (c0 >= 0 || c1 >= 0))) {
                table[start] = DEEPER;
                return;
            }
            int best = t.node[Trie.RECORD * n + Trie.BEST];
            int at = start;
            for (int c : new int[] {c0, c1}) {
                if (c < 0) {
                    continue;
                }
                int cl = t.node[Trie.RECORD * c + Trie.LEN];
                int cs = slot(t, c, cl);
                Arrays.fill(table, at, cs, best);
                fill(t, c);
                at = cs + (cl >= 24 ? 1 : 1 << (24 - cl));
            }
            Arrays.fill(table, at, start + (1 << (24 - len)), best);
        }

        /** The first /24 of node n's prefix (a node's key may carry bits past its length). */
        private static int slot(Trie t, int n, int len) {
            int s = (int) (t.hi[n] >>> 40);
            return len >= 24 ? s : s & -(1 << (24 - len));
        }
    }

    /** Grows the node arrays while routes are added, then freezes them into a {@link Trie}. */
    private static final class TrieBuilder {
        private final int width;
        private int root = -1;
        private int size;
        private long[] hi = new long[16];
        private long[] lo = new long[16];
        private byte[] len = new byte[16];
        private int[] child = new int[32];
        /** Routes of a node as a linked list through {@link #next} (indexed by route position), in source order. */
        private int[] head = new int[16];
        private int[] tail = new int[16];
        private int[] next = new int[16];
        private int routeCount;
        private int groups;

        TrieBuilder(int width) {
            this.width = width;
        }

        void add(long kh, long kl, int length, int route) {
            int n = insert(kh, kl, length);
            if (route >= next.length) {
                next = Arrays.copyOf(next, Math.max(route + 1, next.length * 2));
            }
            next[route] = -1;
            if (head[n] < 0) {
                head[n] = route;
                groups++;
            } else {
                next[tail[n]] = route;
            }
            tail[n] = route;
            routeCount++;
        }

        /** The node of exactly this prefix, created (and the path split) when missing. */
        private int insert(long kh, long kl, int length) {
            if (root < 0) {
                root = node(kh, kl, length);
                return root;
            }
            int parentSlot = -1;
            int n = root;
            while (true) {
                int nl = len[n] & 0xFF;
                int common = Math.min(Math.min(nl, length), commonBits(kh, kl, hi[n], lo[n]));
                if (common == nl) {
                    if (nl == length) {
                        return n;
                    }
                    int slot = 2 * n + (bit(kh, kl, nl) ? 1 : 0);
                    if (child[slot] < 0) {
                        int leaf = node(kh, kl, length);
                        child[slot] = leaf;
                        return leaf;
                    }
                    parentSlot = slot;
                    n = child[slot];
                    continue;
                }
                // The new prefix leaves n's path above n: put a node at the fork, between n and its parent.
                int result;
                int fork;
                if (common == length) {
                    fork = node(kh, kl, length);
                    child[2 * fork + (bit(hi[n], lo[n], length) ? 1 : 0)] = n;
                    result = fork;
                } else {
                    fork = node(kh & highMask(common), kl & lowMask(common), common);
                    int leaf = node(kh, kl, length);
                    child[2 * fork + (bit(hi[n], lo[n], common) ? 1 : 0)] = n;
                    child[2 * fork + (bit(kh, kl, common) ? 1 : 0)] = leaf;
                    result = leaf;
                }
                if (parentSlot < 0) {
                    root = fork;
                } else {
                    child[parentSlot] = fork;
                }
                return result;
            }
        }

        private int node(long kh, long kl, int length) {
            if (size == hi.length) {
                int cap = size * 2;
                hi = Arrays.copyOf(hi, cap);
                lo = Arrays.copyOf(lo, cap);
                len = Arrays.copyOf(len, cap);
                head = Arrays.copyOf(head, cap);
                tail = Arrays.copyOf(tail, cap);
                child = Arrays.copyOf(child, 2 * cap);
            }
            hi[size] = kh;
            lo[size] = kl;
            len[size] = (byte) length;
            head[size] = -1;
            tail[size] = -1;
            child[2 * size] = -1;
            child[2 * size + 1] = -1;
            return size++;
        }

        /**
         * Freezes the arrays, renumbering nodes depth-first; each group lists unscoped routes first, each part in
         * source order, and each node records the first route of its own group or else its nearest ancestor's.
         */
        Trie build(List<Route> routes, TieBreak tieBreak) {
            int[] renumbered = new int[size];
            int[] node = new int[Trie.RECORD * size];
            long[] keyHi = new long[size];
            long[] keyLo = new long[size];
            int[] group = new int[size];
            int[] members = new int[routeCount + groups];
            int pos = 0;
            int count = 0;
            // pending nodes with the best route of their parent; depth-first, a path holds at most width + 1 nodes
            int[] stack = new int[2 * (width + 2)];
            int top = 0;
            if (root >= 0) {
                stack[top++] = root;
                stack[top++] = -1;
            }
            while (top > 0) {
                int inherited = stack[--top];
                int old = stack[--top];
                int n = count++;
                renumbered[old] = n;
                keyHi[n] = hi[old];
                keyLo[n] = lo[old];
                node[Trie.RECORD * n + Trie.LEN] = len[old] & 0xFF;
                int best = inherited;
                if (head[old] < 0) {
                    group[n] = -1;
                } else {
                    group[n] = pos;
                    int start = pos++;
                    for (int r = head[old]; r >= 0; r = next[r]) {
                        members[pos++] = r;
                    }
                    if (pos - start - 1 > 1) {
                        preferenceOrder(members, start + 1, pos, routes, tieBreak);
                    }
                    members[start] = pos - start - 1;
                    best = members[start + 1];
                }
                node[Trie.RECORD * n + Trie.BEST] = best;
                // push the 1-child first so the 0-child is numbered next, beside its parent
                for (int b = 1; b >= 0; b--) {
                    if (child[2 * old + b] >= 0) {
                        stack[top++] = child[2 * old + b];
                        stack[top++] = best;
                    }
                }
            }
            for (int old = 0; old < size; old++) {
                int n = renumbered[old];
                for (int b = 0; b < 2; b++) {
                    int c = child[2 * old + b];
                    node[Trie.RECORD * n + Trie.CHILD + b] = c < 0 ? -1 : renumbered[c];
                }
            }
            return new Trie(width, size == 0 ? -1 : 0, node, keyHi, keyLo, group, members);
        }

        /**
         * Sorts a group's route positions into the order an unzoned lookup prefers them ({@link TieBreak}), the
         * dump's order among equals: a stable sort of a handful of entries.
         */
        private static void preferenceOrder(int[] members, int from, int to, List<Route> routes,
                                            TieBreak tieBreak) {
            List<Integer> group = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                group.add(members[i]);
            }
            List<Route> made = new ArrayList<>(group.size());
            group.forEach(p -> made.add(routes.get(p)));
            List<Integer> order = new ArrayList<>(group.size());
            for (int i = 0; i < group.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> tieBreak.compare(made.get(a), made.get(b), null));
            for (int i = 0; i < order.size(); i++) {
                members[from + i] = group.get(order.get(i));
            }
        }

        private static long highMask(int length) {
            return length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
        }

        private static long lowMask(int length) {
            return length <= 64 ? 0 : -1L << (128 - length);
        }
    }
}
