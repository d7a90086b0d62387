package dev.routediff.core.internal;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.Api;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a {@link RouteTable}, as the table keeps them.
 *
 * <p>Fleet tooling hands us full BGP tables (a million routes), and one object graph per route costs about 290
 * bytes and a garbage collector that has to trace it. So the common row (an IPv4 destination with a contiguous mask;
 * an IPv4, {@code link#N}, MAC or interface gateway) is stored as primitive columns, about 45 bytes with its printed
 * destination; any other row is kept as its {@link Route}. {@link #route(int)} hands out equal {@code Route} values
 * either way. Writers of very large tables and the differ read the columns here without making a {@code Route};
 * parsers fill them through {@link Builder#addIpv4}. Immutable once built.
 *
 * <p>This is routediff's own speed machinery, not plugin API: it changes whenever a measurement says so. A plugin
 * builds a table with {@code RouteTable.Builder.add(Route)} and reads it with {@code RouteTable.route(i)}.
 */
@Api(Api.Status.INTERNAL)
public final class RouteStore {

    /** The gateway of a row held in columns; its ordinal is the kind stored in bits 1-2 of {@code kindAndHost}. */
    public enum GatewayForm {
        /** An IPv4 address: the gateway value is its 32 bits. */
        ADDRESS,
        /** {@code link#N}: the value is N. */
        LINK,
        /** A MAC as BSD prints it: the value is its 48 bits ({@link Macs}). */
        MAC,
        /** A directly connected route ({@code dev eth0}, On-link): the value is the name's pool id. */
        INTERFACE;

        private static final GatewayForm[] BY_KIND = values();
    }

    /** {@link #expireCode} of a row without an expiry. */
    public static final int EXPIRE_NONE = -1;
    /** {@link #expireCode} of a row whose expiry has passed ({@code !}). */
    public static final int EXPIRE_PAST = -2;

    /** Bound on the attribute maps indexed for sharing: past it, a new map is kept but not looked up again. */
    private static final int ATTRIBUTE_INDEX_LIMIT = 1 << 16;

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
    /** Rows that are not held in columns, by index; null when every row is. */
    private final Route[] objects;

    private RouteStore(Builder b) {
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
    }

    /** The rows of {@code table}. */
    public static RouteStore of(RouteTable table) {
        return table.store;
    }

    public int size() {
        return size;
    }

    /** The route of row {@code i} (0-based, source order), made anew on each call for a row held in columns. */
    public Route route(int i) {
        Objects.checkIndex(i, size);
        if (objects != null && objects[i] != null) {
            return objects[i];
        }
        Prefix destination = Prefix.of(IpAddress.ipv4(dest[i] & 0xFFFF_FFFFL), destLength[i]);
        long g = gateway[i];
        Gateway gw = switch (form(i)) {
            case ADDRESS -> new Gateway.Address(IpAddress.ipv4(g));
            case LINK -> new Gateway.Link((int) g);
            case INTERFACE -> new Gateway.Interface(namePool[(int) g]);
            case MAC -> new Gateway.Mac(Macs.format(g));
        };
        long m = metric == null ? 0 : metric[i];
        return new Route(AddressFamily.INET, destination, rawText(i), (kindAndHost[i] & 1) != 0, gw,
                flagPool[flags[i]], namePool[iface[i]], expireOf(expire[i]), line[i],
                attributes == null ? Map.of() : attributePool.get(attributes[i]), m == 0 ? null : m - 1);
    }

    /** Whether row {@code i} is kept as its {@link Route} rather than in columns; only {@link #route} reads it. */
    public boolean isObject(int i) {
        return objects != null && objects[i] != null;
    }

    /**
     * Whether row {@code i} is held in columns and has nothing beyond them: an IPv4, {@code link#N} or MAC gateway,
     * no metric, no extra columns. Writers read such a row whole through the column accessors; any other row
     * through {@link #route}.
     */
    public boolean isCompact(int i) {
        Objects.checkIndex(i, size);
        return !isObject(i) && form(i) != GatewayForm.INTERFACE && (metric == null || metric[i] == 0)
                && (attributes == null || attributes[i] == 0);
    }

    // The column accessors below read a row that is not an object (!isObject(i)).

    /** The destination network, as an unsigned 32-bit value. */
    public int ipv4Network(int i) {
        return dest[i];
    }

    /** The prefix length, 0 to 32. */
    public int prefixLength(int i) {
        return destLength[i];
    }

    /** Whether the row is a host route. */
    public boolean host(int i) {
        return (kindAndHost[i] & 1) != 0;
    }

    public GatewayForm form(int i) {
        return GatewayForm.BY_KIND[kindAndHost[i] >> 1];
    }

    /** The gateway: the IPv4 address, the link index, the MAC's 48 bits, or the interface name's pool id. */
    public long gatewayValue(int i) {
        return gateway[i];
    }

    /** The name of an {@link GatewayForm#INTERFACE} gateway. */
    public String gatewayName(int i) {
        return namePool[(int) gateway[i]];
    }

    /** Copies the destination as printed into {@code dst} at {@code at}; returns its length. */
    public int destinationRaw(int i, char[] dst, int at) {
        int from = rawStart[i];
        int n = rawStart[i + 1] - from;
        for (int k = 0; k < n; k++) {
            dst[at + k] = (char) (rawText[from + k] & 0xFF);
        }
        return n;
    }

    /** The length of the destination as printed. */
    public int destinationRawLength(int i) {
        return rawStart[i + 1] - rawStart[i];
    }

    public RouteFlags flags(int i) {
        return flagPool[flags[i]];
    }

    /** The flags as printed. */
    public String flagsText(int i) {
        return flagPool[flags[i]].text();
    }

    public String iface(int i) {
        return namePool[iface[i]];
    }

    /** The Expire: seconds, {@link #EXPIRE_NONE} or {@link #EXPIRE_PAST}. */
    public int expireCode(int i) {
        return expire[i];
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
        GatewayForm form = form(i);
        return (f.has(RouteFlag.LLINFO) || f.has(RouteFlag.WASCLONED))
                && (form == GatewayForm.LINK || form == GatewayForm.MAC);
    }

    /** The expiry of an {@link #expireCode}. */
    public static Expire expireOf(int code) {
        return code == EXPIRE_NONE ? Expire.NONE : code == EXPIRE_PAST ? Expire.EXPIRED : Expire.seconds(code);
    }

    private String rawText(int i) {
        return new String(rawText, rawStart[i], rawStart[i + 1] - rawStart[i], StandardCharsets.ISO_8859_1);
    }

    /**
     * Collects rows in source order. A parser reaches it through {@link #of(RouteTable.Builder)} for the bulk entry
     * {@link #addIpv4}; everything else goes through {@code RouteTable.Builder.add(Route)}. Not thread-safe.
     */
    @Api(Api.Status.INTERNAL)
    public static final class Builder {
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

        /** {@code expected} only sizes the first allocation. */
        public Builder(int expected) {
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

        /** The rows {@code table} collects. */
        public static Builder of(RouteTable.Builder table) {
            return table.rows;
        }

        public int size() {
            return size;
        }

        /** Adds a route, kept in columns when its form allows. */
        public void add(Route r) {
            Objects.requireNonNull(r, "route");
            Prefix d = r.destination();
            int kind = -1;
            long g = 0;
            if (r.gateway() instanceof Gateway.Address a && a.address().family() == AddressFamily.INET) {
                kind = GatewayForm.ADDRESS.ordinal();
                g = a.address().low();
            } else if (r.gateway() instanceof Gateway.Link l) {
                kind = GatewayForm.LINK.ordinal();
                g = l.index();
            } else if (r.gateway() instanceof Gateway.Mac m && Macs.isCanonical(m.text())) {
                kind = GatewayForm.MAC.ordinal();
                g = Macs.parse(m.text());
            } else if (r.gateway() instanceof Gateway.Interface n) {
                kind = GatewayForm.INTERFACE.ordinal();
                g = nameId(n.name());
            }
            int e = r.expire() instanceof Expire.Seconds s
                    ? (s.seconds() <= Integer.MAX_VALUE ? (int) s.seconds() : Integer.MIN_VALUE)
                    : r.expire() instanceof Expire.Expired ? EXPIRE_PAST : EXPIRE_NONE;
            if (kind < 0 || r.family() != AddressFamily.INET || d.isIrregular()
                    || e == Integer.MIN_VALUE || !isLatin1(r.destinationRaw())) {
                addObject(r);
                return;
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
         * @param network    the destination, host bits already clear
         * @param form       {@link GatewayForm#ADDRESS}, {@link GatewayForm#LINK} or {@link GatewayForm#MAC} (its 48
         *                   bits, printed as {@link Macs#format} prints them)
         * @param expireSecs seconds, {@link #EXPIRE_NONE} or {@link #EXPIRE_PAST}
         */
        public void addIpv4(int network, int length, boolean host, char[] raw, int rawFrom, int rawLength,
                            GatewayForm form, long gatewayValue, RouteFlags routeFlags, String ifaceName,
                            int expireSecs, int lineNumber) {
            addIpv4(network, length, host, raw, rawFrom, rawLength, form, gatewayValue,
                    flagsId(Objects.requireNonNull(routeFlags, "flags")),
                    ifaceId(Objects.requireNonNull(ifaceName, "iface")), expireSecs, lineNumber);
        }

        /**
         * {@link #addIpv4(int, int, boolean, char[], int, int, GatewayForm, long, RouteFlags, String, int, int)} with
         * the flags and interface given by the ids {@link #flagsId} and {@link #ifaceId} returned: a parser that keeps
         * them per distinct token saves two map lookups a row.
         */
        public void addIpv4(int network, int length, boolean host, char[] raw, int rawFrom, int rawLength,
                            GatewayForm form, long gatewayValue, int flagsId, int ifaceId, int expireSecs,
                            int lineNumber) {
            if (form == GatewayForm.INTERFACE || length < 0 || length > 32 || expireSecs < EXPIRE_PAST
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
            addColumns(network, length, host, form.ordinal(), gatewayValue, flagsId, ifaceId, expireSecs, lineNumber);
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
        public void addAll(Builder part) {
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
            int interfaceKind = GatewayForm.INTERFACE.ordinal();
            for (int j = 0; j < n; j++) {
                if (part.objects == null || part.objects[j] == null) {
                    flags[base + j] = flagIds[part.flags[j]];
                    iface[base + j] = nameIds[part.iface[j]];
                    if ((part.kindAndHost[j] >> 1) == interfaceKind) {
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
        }

        /** The columns of a row whose printed destination is already in the raw pool. */
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

        public RouteStore build() {
            return new RouteStore(this);
        }
    }
}
