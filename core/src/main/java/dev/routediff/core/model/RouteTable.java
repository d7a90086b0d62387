package dev.routediff.core.model;

import dev.routediff.core.rules.Platform;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A parsed route dump: its routes in source order (destinations may repeat: several {@code default} rows are
 * normal), viewable per address family.
 *
 * <p>Fleet tooling hands us full BGP tables (a million routes), and one object graph per route costs about 290
 * bytes and a garbage collector that has to trace it. So the table stores the common row (an IPv4 destination
 * with a contiguous mask, an IPv4, {@code link#N} or MAC gateway, no extra columns) as primitive columns, about 45
 * bytes with its printed destination; any other row is kept as its {@link Route}. {@link #route(int)} and
 * {@link #routes()} hand out equal {@code Route} values either way, made on demand, so callers never see the
 * difference, and the diff compares rows without making them at all ({@link #sameIdentity}, {@link #sameState}).
 * Immutable once built.
 */
public final class RouteTable {

    // Row kinds of the compact form, in bits 1-2 of kindAndHost; bit 0 is the host flag.
    private static final int GW_ADDRESS = 0;
    private static final int GW_LINK = 1;
    private static final int GW_MAC = 2;
    /** A directly connected route ({@code dev eth0}, On-link): the gateway column holds the name's pool id. */
    private static final int GW_INTERFACE = 3;
    /** Bound on the attribute maps indexed for sharing: past it, a new map is kept but not looked up again. */
    private static final int ATTRIBUTE_INDEX_LIMIT = 1 << 16;
    private static final int EXPIRE_NONE = -1;
    private static final int EXPIRE_PAST = -2;

    private final String source;
    private final String parserId;
    /** The platform the parser declares, or null. */
    private final Platform platform;
    private final int size;
    private final int[] dest;
    private final byte[] destLength;
    private final byte[] kindAndHost;
    private final long[] gateway;
    private final int[] flags;
    private final int[] iface;
    private final int[] expire;
    private final int[] line;
    private final int[] rawStart;
    private final byte[] rawText;
    private final RouteFlags[] flagPool;
    private final String[] namePool;
    /** Each row's metric plus one (0: none shown); null when no row shows one. */
    private final long[] metric;
    /** Each row's attribute map, as its index in attributePool (0: none); null when no row has any. */
    private final int[] attributes;
    private final List<Map<String, String>> attributePool;
    /** Rows that are not compact, by index; null when every row is. */
    private final Route[] objects;
    /** The policy routing rules that came with the routes (Linux {@code ip rule show}); usually none. */
    private final PolicyRules policy;

    /**
     * @param source   the name the user gave (a path, or {@code -} for standard input)
     * @param parserId the id of the parser that read it
     * @param routes   every route, in the order printed
     */
    public RouteTable(String source, String parserId, List<Route> routes) {
        this(fill(new Builder(source, parserId, routes.size()), routes));
    }

    private static Builder fill(Builder b, List<Route> routes) {
        for (Route r : routes) {
            b.add(r);
        }
        return b;
    }

    private RouteTable(Builder b) {
        this.source = b.source;
        this.parserId = b.parserId;
        this.platform = null;
        this.size = b.size;
        int n = b.size;
        this.dest = Arrays.copyOf(b.dest, n);
        this.destLength = Arrays.copyOf(b.destLength, n);
        this.kindAndHost = Arrays.copyOf(b.kindAndHost, n);
        this.gateway = Arrays.copyOf(b.gateway, n);
        this.flags = Arrays.copyOf(b.flags, n);
        this.iface = Arrays.copyOf(b.iface, n);
        this.expire = Arrays.copyOf(b.expire, n);
        this.line = Arrays.copyOf(b.line, n);
        this.rawStart = Arrays.copyOf(b.rawStart, n + 1);
        this.rawStart[n] = b.rawUsed;
        this.rawText = Arrays.copyOf(b.rawText, b.rawUsed);
        this.flagPool = b.flagPool.toArray(new RouteFlags[0]);
        this.namePool = b.namePool.toArray(new String[0]);
        this.metric = b.metric == null ? null : Arrays.copyOf(b.metric, n);
        this.attributes = b.attributes == null ? null : Arrays.copyOf(b.attributes, n);
        this.attributePool = List.copyOf(b.attributePool);
        this.objects = b.objects == null ? null : Arrays.copyOf(b.objects, n);
        this.policy = b.policy;
    }

    /** The same rows, declared as printed on {@code p}; the columns are shared, not copied. */
    private RouteTable(RouteTable t, Platform p) {
        this.source = t.source;
        this.parserId = t.parserId;
        this.platform = p;
        this.size = t.size;
        this.dest = t.dest;
        this.destLength = t.destLength;
        this.kindAndHost = t.kindAndHost;
        this.gateway = t.gateway;
        this.flags = t.flags;
        this.iface = t.iface;
        this.expire = t.expire;
        this.line = t.line;
        this.rawStart = t.rawStart;
        this.rawText = t.rawText;
        this.flagPool = t.flagPool;
        this.namePool = t.namePool;
        this.metric = t.metric;
        this.attributes = t.attributes;
        this.attributePool = t.attributePool;
        this.objects = t.objects;
        this.policy = t.policy;
    }

    /**
     * This table, declared as printed by {@code p}'s kernel (null: unknown): the reader stamps the platform its
     * parser declares, and lookups break ties by it ({@code TieBreak}). Cheap: the rows are shared.
     */
    public RouteTable withPlatform(Platform p) {
        return p == platform ? this : new RouteTable(this, p);
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
        return size;
    }

    /** The policy routing rules read with the routes ({@link PolicyRules#NONE} when the dump had none). */
    public PolicyRules policy() {
        return policy;
    }

    /** The same routes with these rules (say, read from a file of their own); the rows are copied. */
    public RouteTable withPolicy(PolicyRules rules) {
        Builder b = new Builder(source, parserId, size);
        for (int i = 0; i < size; i++) {
            b.add(route(i));
        }
        return b.policy(rules).build().withPlatform(platform);
    }

    /** The route of row {@code i} (0-based, source order), made anew on each call for a compact row. */
    public Route route(int i) {
        Objects.checkIndex(i, size);
        if (objects != null && objects[i] != null) {
            return objects[i];
        }
        Prefix destination = Prefix.of(IpAddress.ipv4(dest[i] & 0xFFFF_FFFFL), destLength[i]);
        int kind = kindAndHost[i] >> 1;
        long g = gateway[i];
        Gateway gw = switch (kind) {
            case GW_ADDRESS -> new Gateway.Address(IpAddress.ipv4(g));
            case GW_LINK -> new Gateway.Link((int) g);
            case GW_INTERFACE -> new Gateway.Interface(namePool[(int) g]);
            default -> new Gateway.Mac(Macs.format(g));
        };
        long m = metric == null ? 0 : metric[i];
        return new Route(AddressFamily.INET, destination, rawText(i), (kindAndHost[i] & 1) != 0, gw,
                flagPool[flags[i]], namePool[iface[i]], expireOf(expire[i]), line[i],
                attributes == null ? Map.of() : attributePool.get(attributes[i]), m == 0 ? null : m - 1);
    }

    /** Every route, in the order printed: a read-only view that makes each route when it is read. */
    public List<Route> routes() {
        return new Rows();
    }

    /** The section of one family, in source order. */
    public List<Route> section(AddressFamily family) {
        List<Route> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (family(i) == family) {
                out.add(route(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether row {@code i} is held in columns: an IPv4 route with a contiguous mask, an IPv4, {@code link#N} or
     * netstat-form MAC gateway and no extra columns. Writers of very large tables read such rows through
     * {@link #ipv4Network}, {@link #prefixLength}, {@link #gatewayKind}, {@link #gatewayValue},
     * {@link #destinationRaw(int, char[], int)}, {@link #flagsText}, {@link #iface}, {@link #expireCode} and
     * {@link #line} without making a {@link Route}; any other row only through {@link #route}.
     */
    public boolean isCompact(int i) {
        Objects.checkIndex(i, size);
        return isSimple(i);
    }

    /**
     * Whether row {@code i} is a compact row of the first kind: an IPv4, link or MAC gateway, no metric, no extra
     * columns. Other rows may be held in columns too (a Linux {@code dev} route with its metric and attributes), but
     * only these are read through the column accessors; the rest through {@link #route}.
     */
    private boolean isSimple(int i) {
        return !isObject(i) && (kindAndHost[i] >> 1) != GW_INTERFACE && (metric == null || metric[i] == 0)
                && (attributes == null || attributes[i] == 0);
    }

    /** A compact row's destination network, as an unsigned 32-bit value. */
    public int ipv4Network(int i) {
        return dest[compact(i)];
    }

    /** A compact row's prefix length, 0 to 32. */
    public int prefixLength(int i) {
        return destLength[compact(i)];
    }

    /** A compact row's gateway form: 0 an IPv4 address, 1 {@code link#N}, 2 a MAC. */
    public int gatewayKind(int i) {
        return kindAndHost[compact(i)] >> 1;
    }

    /** A compact row's gateway: the IPv4 address, the link index, or the MAC's 48 bits. */
    public long gatewayValue(int i) {
        return gateway[compact(i)];
    }

    /** Copies a compact row's destination as printed into {@code dst} at {@code at}; returns its length. */
    public int destinationRaw(int i, char[] dst, int at) {
        compact(i);
        int from = rawStart[i];
        int n = rawStart[i + 1] - from;
        for (int k = 0; k < n; k++) {
            dst[at + k] = (char) (rawText[from + k] & 0xFF);
        }
        return n;
    }

    /** The length of a compact row's destination as printed. */
    public int destinationRawLength(int i) {
        compact(i);
        return rawStart[i + 1] - rawStart[i];
    }

    /** A compact row's flags as printed. */
    public String flagsText(int i) {
        return flagPool[flags[compact(i)]].text();
    }

    /** A compact row's interface. */
    public String iface(int i) {
        return namePool[iface[compact(i)]];
    }

    /** A compact row's Expire: seconds, -1 for none, -2 for {@code !}. */
    public int expireCode(int i) {
        return expire[compact(i)];
    }

    private int compact(int i) {
        Objects.checkIndex(i, size);
        if (!isSimple(i)) {
            throw new IllegalStateException("row " + i + " is not compact; read it with route(i)");
        }
        return i;
    }

    /** The MAC text of a compact row's 48-bit gateway value, as netstat prints it. */
    public static String macText(long value) {
        return Macs.format(value);
    }

    /** The family of row {@code i}, without making the route. */
    public AddressFamily family(int i) {
        return isObject(i) ? objects[i].family() : AddressFamily.INET;
    }

    /** The source line of row {@code i}, without making the route. */
    public int line(int i) {
        return isObject(i) ? objects[i].line() : line[i];
    }

    /** {@link Route#isNeighborEntry()} of row {@code i}, without making the route. */
    public boolean isNeighborEntry(int i) {
        if (isObject(i)) {
            return objects[i].isNeighborEntry();
        }
        RouteFlags f = flagPool[flags[i]];
        int kind = kindAndHost[i] >> 1;
        return (f.has(RouteFlag.LLINFO) || f.has(RouteFlag.WASCLONED)) && (kind == GW_LINK || kind == GW_MAC);
    }

    /**
     * A hash of what identifies a route in a diff: family, destination, host-ness, gateway and, when asked,
     * interface. Rows for which {@link #sameIdentity} holds have equal hashes, across tables.
     */
    public int identityHash(int i, boolean withInterface) {
        int h;
        String name;
        if (isObject(i)) {
            Route r = objects[i];
            name = r.iface();
            // A route kept as an object for a reason outside its identity (extra columns, a long expiry, its
            // printed text) must hash as its compact twin would.
            int kind = compactKind(r.gateway());
            if (r.family() == AddressFamily.INET && !r.destination().isIrregular() && kind >= 0) {
                h = columnHash((int) r.destination().address().low(), r.destination().length(),
                        kind << 1 | (r.host() ? 1 : 0), compactValue(r.gateway()));
            } else {
                h = Objects.hash(r.family(), r.destination(), r.host(), r.gateway());
            }
        } else {
            name = namePool[iface[i]];
            h = columnHash(dest[i], destLength[i], kindAndHost[i], hashValue(i));
        }
        return withInterface ? 31 * h + name.hashCode() : h;
    }

    /** The gateway column as identity hashes use it: an interface by its name, which pool ids do not carry over. */
    private long hashValue(int i) {
        return (kindAndHost[i] >> 1) == GW_INTERFACE ? namePool[(int) gateway[i]].hashCode() : gateway[i];
    }

    private static int columnHash(int network, int length, int kindAndHost, long g) {
        int h = network * 0x9E3779B1 + length * 31 + kindAndHost;
        h = h * 0x85EBCA6B + Long.hashCode(g * 0xC2B2AE3D27D4EB4FL);
        return h ^ (h >>> 15);
    }

    /** The compact gateway kind of {@code g}, or -1 when only an object can hold it. */
    private static int compactKind(Gateway g) {
        if (g instanceof Gateway.Address a) {
            return a.address().family() == AddressFamily.INET ? GW_ADDRESS : -1;
        }
        if (g instanceof Gateway.Link) {
            return GW_LINK;
        }
        if (g instanceof Gateway.Interface) {
            return GW_INTERFACE;
        }
        return g instanceof Gateway.Mac m && Macs.isCanonical(m.text()) ? GW_MAC : -1;
    }

    private static long compactValue(Gateway g) {
        if (g instanceof Gateway.Address a) {
            return a.address().low();
        }
        if (g instanceof Gateway.Link l) {
            return l.index();
        }
        if (g instanceof Gateway.Interface n) {
            return n.name().hashCode();
        }
        return Macs.parse(((Gateway.Mac) g).text());
    }

    /** True when row {@code i} here and row {@code j} of {@code other} are the same route by {@link #identityHash}. */
    public boolean sameIdentity(int i, RouteTable other, int j, boolean withInterface) {
        if (isObject(i) || other.isObject(j)) {
            Route l = route(i);
            Route r = other.route(j);
            return l.family() == r.family() && l.destination().equals(r.destination()) && l.host() == r.host()
                    && l.gateway().equals(r.gateway()) && (!withInterface || l.iface().equals(r.iface()));
        }
        boolean sameGateway = (kindAndHost[i] >> 1) == GW_INTERFACE
                ? (other.kindAndHost[j] >> 1) == GW_INTERFACE
                        && namePool[(int) gateway[i]].equals(other.namePool[(int) other.gateway[j]])
                : gateway[i] == other.gateway[j];
        return dest[i] == other.dest[j] && destLength[i] == other.destLength[j]
                && kindAndHost[i] == other.kindAndHost[j] && sameGateway
                && (!withInterface || namePool[iface[i]].equals(other.namePool[other.iface[j]]));
    }

    /**
     * True when the two rows are in the same state: flags as printed, interface and, when asked, expiry. Counters
     * such as Refs and Use change all the time and say nothing about routing, so they are not compared.
     */
    public boolean sameState(int i, RouteTable other, int j, boolean compareExpiry) {
        String flagsHere = isObject(i) ? objects[i].flags().text() : flagPool[flags[i]].text();
        String flagsThere = other.isObject(j) ? other.objects[j].flags().text()
                : other.flagPool[other.flags[j]].text();
        String ifaceHere = isObject(i) ? objects[i].iface() : namePool[iface[i]];
        String ifaceThere = other.isObject(j) ? other.objects[j].iface() : other.namePool[other.iface[j]];
        if (!flagsHere.equals(flagsThere) || !ifaceHere.equals(ifaceThere)) {
            return false;
        }
        if (!compareExpiry) {
            return true;
        }
        if (!isObject(i) && !other.isObject(j)) {
            return expire[i] == other.expire[j];
        }
        Expire e = isObject(i) ? objects[i].expire() : expireOf(expire[i]);
        return e.equals(other.isObject(j) ? other.objects[j].expire() : expireOf(other.expire[j]));
    }

    private boolean isObject(int i) {
        return objects != null && objects[i] != null;
    }

    private String rawText(int i) {
        return new String(rawText, rawStart[i], rawStart[i + 1] - rawStart[i], StandardCharsets.ISO_8859_1);
    }

    private static Expire expireOf(int e) {
        return e == EXPIRE_NONE ? Expire.NONE : e == EXPIRE_PAST ? Expire.EXPIRED : Expire.seconds(e);
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
        return "RouteTable[source=" + source + ", parserId=" + parserId + ", routes=" + size + "]";
    }

    private final class Rows extends AbstractList<Route> implements RandomAccess {
        @Override
        public Route get(int index) {
            return route(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Collects rows in source order; a parser's one mutable helper. Not thread-safe. */
    public static final class Builder {
        private final String source;
        private final String parserId;
        private int size;
        private int[] dest;
        private byte[] destLength;
        private byte[] kindAndHost;
        private long[] gateway;
        private int[] flags;
        private int[] iface;
        private int[] expire;
        private int[] line;
        private int[] rawStart;
        private byte[] rawText;
        private int rawUsed;
        private Route[] objects;
        private long[] metric;
        private int[] attributes;
        private final List<Map<String, String>> attributePool = new ArrayList<>(List.of(Map.of()));
        private final Map<List<Map.Entry<String, String>>, Integer> attributeIds = new HashMap<>();
        private final List<RouteFlags> flagPool = new ArrayList<>();
        private final Map<RouteFlags, Integer> flagIds = new IdentityHashMap<>();
        private final Map<String, Integer> flagIdsByText = new HashMap<>();
        private final List<String> namePool = new ArrayList<>();
        private final Map<String, Integer> nameIds = new HashMap<>();
        private PolicyRules policy = PolicyRules.NONE;

        private Builder(String source, String parserId, int expected) {
            this.source = Objects.requireNonNull(source, "source");
            this.parserId = Objects.requireNonNull(parserId, "parserId");
            int n = Math.max(16, expected);
            dest = new int[n];
            destLength = new byte[n];
            kindAndHost = new byte[n];
            gateway = new long[n];
            flags = new int[n];
            iface = new int[n];
            expire = new int[n];
            line = new int[n];
            rawStart = new int[n + 1];
            rawText = new byte[n * 12];
        }

        public int size() {
            return size;
        }

        /** Adds a route, kept compact when its form allows. */
        public Builder add(Route r) {
            Objects.requireNonNull(r, "route");
            Prefix d = r.destination();
            int kind = -1;
            long g = 0;
            if (r.gateway() instanceof Gateway.Address a && a.address().family() == AddressFamily.INET) {
                kind = GW_ADDRESS;
                g = a.address().low();
            } else if (r.gateway() instanceof Gateway.Link l) {
                kind = GW_LINK;
                g = l.index();
            } else if (r.gateway() instanceof Gateway.Mac m && Macs.isCanonical(m.text())) {
                kind = GW_MAC;
                g = Macs.parse(m.text());
            } else if (r.gateway() instanceof Gateway.Interface n) {
                kind = GW_INTERFACE;
                g = nameId(n.name());
            }
            int e = r.expire() instanceof Expire.Seconds s
                    ? (s.seconds() <= Integer.MAX_VALUE ? (int) s.seconds() : Integer.MIN_VALUE)
                    : r.expire() instanceof Expire.Expired ? EXPIRE_PAST : EXPIRE_NONE;
            if (kind < 0 || r.family() != AddressFamily.INET || d.isIrregular()
                    || e == Integer.MIN_VALUE || !isLatin1(r.destinationRaw())) {
                addObject(r);
                return this;
            }
            String raw = r.destinationRaw();
            int at = reserveRaw(raw.length());
            for (int k = 0; k < raw.length(); k++) {
                rawText[at + k] = (byte) raw.charAt(k);
            }
            addColumns((int) d.address().low(), d.length(), r.host(), kind, g, flagId(r.flags()), nameId(r.iface()), e,
                    r.line());
            if (r.metric() != null) {
                if (metric == null) {
                    metric = new long[dest.length];
                }
                metric[size - 1] = r.metric() + 1;
            }
            if (!r.attributes().isEmpty()) {
                if (attributes == null) {
                    attributes = new int[dest.length];
                }
                attributes[size - 1] = attributeId(r.attributes());
            }
            return this;
        }

        /**
         * The pool index of an attribute map. Rows of one dump share a few maps ({@code proto kernel scope link}),
         * so each distinct one is kept once; the order of its keys counts, as output shows it. Past
         * {@link #ATTRIBUTE_INDEX_LIMIT} distinct maps (counters that differ on every row), new ones are kept
         * without being indexed, so the index does not outgrow what it saves.
         */
        private int attributeId(Map<String, String> map) {
            List<Map.Entry<String, String>> key = List.copyOf(map.entrySet());
            Integer id = attributeIds.get(key);
            if (id == null) {
                attributePool.add(map);
                id = attributePool.size() - 1;
                if (attributeIds.size() < ATTRIBUTE_INDEX_LIMIT) {
                    attributeIds.put(key, id);
                }
            }
            return id;
        }

        /**
         * Adds an IPv4 row straight from a parser's buffer, without a {@link Route}: the same row {@link #add}
         * would keep for the route with these values. {@code raw} must be Latin-1 text.
         *
         * @param network     the destination, host bits already clear
         * @param gatewayKind 0 an IPv4 address, 1 {@code link#N}, 2 a MAC (its 48 bits, printed as
         *                    {@link RouteTable#macText} prints them)
         * @param expireSecs  seconds, -1 for none, -2 for {@code !}
         */
        public void addIpv4(int network, int length, boolean host, char[] raw, int rawFrom, int rawLength,
                            int gatewayKind, long gatewayValue, RouteFlags routeFlags, String ifaceName,
                            int expireSecs, int lineNumber) {
            addIpv4(network, length, host, raw, rawFrom, rawLength, gatewayKind, gatewayValue,
                    flagsId(Objects.requireNonNull(routeFlags, "flags")),
                    ifaceId(Objects.requireNonNull(ifaceName, "iface")), expireSecs, lineNumber);
        }

        /**
         * {@link #addIpv4(int, int, boolean, char[], int, int, int, long, RouteFlags, String, int, int)} with the
         * flags and interface given by the ids {@link #flagsId} and {@link #ifaceId} returned: a parser that keeps
         * them per distinct token saves two map lookups a row.
         */
        public void addIpv4(int network, int length, boolean host, char[] raw, int rawFrom, int rawLength,
                            int gatewayKind, long gatewayValue, int flagsId, int ifaceId, int expireSecs,
                            int lineNumber) {
            if (gatewayKind < GW_ADDRESS || gatewayKind > GW_MAC || length < 0 || length > 32 || expireSecs < -2
                    || (length < 32 && (length == 0 ? network != 0 : (network & (-1 >>> length)) != 0))
                    || flagsId < 0 || flagsId >= flagPool.size() || ifaceId < 0 || ifaceId >= namePool.size()) {
                throw new IllegalArgumentException("not a canonical compact IPv4 row");
            }
            int at = reserveRaw(rawLength);
            for (int k = 0; k < rawLength; k++) {
                char c = raw[rawFrom + k];
                if (c > 0xFF) {
                    rawUsed = at;
                    throw new IllegalArgumentException("destination text is not Latin-1");
                }
                rawText[at + k] = (byte) c;
            }
            addColumns(network, length, host, gatewayKind, gatewayValue, flagsId, ifaceId, expireSecs, lineNumber);
        }

        /** The id of these flags in this table, for the id-taking {@code addIpv4}. */
        public int flagsId(RouteFlags f) {
            return flagId(Objects.requireNonNull(f, "flags"));
        }

        /** The id of this interface name in this table, for the same. */
        public int ifaceId(String name) {
            return nameId(Objects.requireNonNull(name, "iface"));
        }

        /**
         * Moves every row of {@code part} after the rows already here, in its order (for parsers that read in
         * parts); {@code part} is left empty. Columns are copied in bulk, only the flag and interface ids are
         * mapped to this table's.
         */
        public Builder addAll(Builder part) {
            int[] flagIds = new int[part.flagPool.size()];
            for (int k = 0; k < flagIds.length; k++) {
                flagIds[k] = flagId(part.flagPool.get(k));
            }
            int[] nameIds = new int[part.namePool.size()];
            for (int k = 0; k < nameIds.length; k++) {
                nameIds[k] = nameId(part.namePool.get(k));
            }
            int[] attributeMap = new int[part.attributePool.size()];
            for (int k = 1; k < attributeMap.length; k++) {
                attributeMap[k] = attributeId(part.attributePool.get(k));
            }
            int n = part.size;
            int base = size;
            if (dest.length < base + n) {
                grow(base + n);
            }
            if (part.metric != null) {
                if (metric == null) {
                    metric = new long[dest.length];
                }
                System.arraycopy(part.metric, 0, metric, base, n);
            }
            if (part.attributes != null) {
                if (attributes == null) {
                    attributes = new int[dest.length];
                }
                for (int j = 0; j < n; j++) {
                    attributes[base + j] = attributeMap[part.attributes[j]];
                }
            }
            System.arraycopy(part.dest, 0, dest, base, n);
            System.arraycopy(part.destLength, 0, destLength, base, n);
            System.arraycopy(part.kindAndHost, 0, kindAndHost, base, n);
            System.arraycopy(part.gateway, 0, gateway, base, n);
            System.arraycopy(part.expire, 0, expire, base, n);
            System.arraycopy(part.line, 0, line, base, n);
            int rawBase = reserveRaw(part.rawUsed);
            System.arraycopy(part.rawText, 0, rawText, rawBase, part.rawUsed);
            for (int j = 0; j < n; j++) {
                if (part.objects == null || part.objects[j] == null) {
                    flags[base + j] = flagIds[part.flags[j]];
                    iface[base + j] = nameIds[part.iface[j]];
                    if ((part.kindAndHost[j] >> 1) == GW_INTERFACE) {
                        gateway[base + j] = nameIds[(int) part.gateway[j]];
                    }
                }
                rawStart[base + j + 1] = rawBase + part.rawStart[j + 1];
            }
            if (part.objects != null) {
                if (objects == null) {
                    objects = new Route[dest.length];
                }
                System.arraycopy(part.objects, 0, objects, base, n);
            }
            size = base + n;
            part.size = 0;
            part.rawUsed = 0;
            part.objects = null;
            part.metric = null;
            part.attributes = null;
            return this;
        }

        /** The columns of a compact row whose printed destination is already in the raw pool. */
        private void addColumns(int network, int length, boolean host, int kind, long g, int flagsId, int ifaceId,
                                int e, int lineNumber) {
            grow();
            int i = size;
            dest[i] = network;
            destLength[i] = (byte) length;
            kindAndHost[i] = (byte) (kind << 1 | (host ? 1 : 0));
            gateway[i] = g;
            flags[i] = flagsId;
            iface[i] = ifaceId;
            expire[i] = e;
            line[i] = lineNumber;
            size++;
            rawStart[size] = rawUsed;
        }

        private void addObject(Route r) {
            grow();
            if (objects == null) {
                objects = new Route[dest.length];
            }
            objects[size] = r;
            size++;
            rawStart[size] = rawUsed;
        }

        private int reserveRaw(int n) {
            if (rawUsed + n > rawText.length) {
                rawText = Arrays.copyOf(rawText, Math.max(rawText.length * 2, rawUsed + n));
            }
            int at = rawUsed;
            rawUsed += n;
            return at;
        }

        private void grow() {
            if (size < dest.length) {
                return;
            }
            grow(size + 1);
        }

        private void grow(int atLeast) {
            int n = Math.max(dest.length * 2, atLeast);
            dest = Arrays.copyOf(dest, n);
            destLength = Arrays.copyOf(destLength, n);
            kindAndHost = Arrays.copyOf(kindAndHost, n);
            gateway = Arrays.copyOf(gateway, n);
            flags = Arrays.copyOf(flags, n);
            iface = Arrays.copyOf(iface, n);
            expire = Arrays.copyOf(expire, n);
            line = Arrays.copyOf(line, n);
            rawStart = Arrays.copyOf(rawStart, n + 1);
            if (objects != null) {
                objects = Arrays.copyOf(objects, n);
            }
            if (metric != null) {
                metric = Arrays.copyOf(metric, n);
            }
            if (attributes != null) {
                attributes = Arrays.copyOf(attributes, n);
            }
        }

        private int flagId(RouteFlags f) {
            // Parsers share one RouteFlags per flag string, so the identity map answers almost every row; the text
            // map finds an equal one made elsewhere (another thread's part), checked whole in case of a hand-made one.
            Integer id = flagIds.get(f);
            if (id == null) {
                Integer byText = flagIdsByText.get(f.text());
                if (byText != null && flagPool.get(byText).equals(f)) {
                    id = byText;
                } else {
                    flagPool.add(f);
                    id = flagPool.size() - 1;
                    if (byText == null) {
                        flagIdsByText.put(f.text(), id);
                    }
                }
                flagIds.put(f, id);
            }
            return id;
        }

        private int nameId(String name) {
            Integer id = nameIds.get(name);
            if (id == null) {
                namePool.add(name);
                id = namePool.size() - 1;
                nameIds.put(name, id);
            }
            return id;
        }

        private static boolean isLatin1(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) > 0xFF) {
                    return false;
                }
            }
            return true;
        }

        /** The policy routing rules read with the routes. */
        public Builder policy(PolicyRules rules) {
            policy = Objects.requireNonNull(rules, "rules");
            return this;
        }

        public RouteTable build() {
            return new RouteTable(this);
        }
    }

    /** MAC gateways as BSD prints them: six colon-separated lower-case hex groups without leading zeros. */
    static final class Macs {
        private Macs() {
        }

        static boolean isCanonical(String text) {
            if (!Gateway.isMac(text) || text.indexOf('-') >= 0) {
                return false;
            }
            return format(parse(text)).equals(text);
        }

        static long parse(String text) {
            long v = 0;
            int group = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ':') {
                    v = v << 8 | group;
                    group = 0;
                } else {
                    group = group << 4 | Character.digit(c, 16);
                }
            }
            return v << 8 | group;
        }

        static String format(long v) {
            StringBuilder sb = new StringBuilder(17);
            for (int shift = 40; shift >= 0; shift -= 8) {
                sb.append(Integer.toHexString((int) (v >>> shift) & 0xFF));
                if (shift > 0) {
                    sb.append(':');
                }
            }
            return sb.toString();
        }
    }
}
