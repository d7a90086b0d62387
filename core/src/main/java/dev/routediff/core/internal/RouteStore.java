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

    /** Rows per chunk of the columns, as a power of two: {@link Builder#CHUNK_BITS} outside tests. */
    private final int shift;
    private final int mask;
    private final int size;
    // Each column is cut in chunks of 1 << shift rows (the last one trimmed to its rows): row i is at [i >>> shift]
    // [i & mask]. A table grows by a chunk at a time and is built without copying its rows, so a million-row table's
    // bytes are written once and, in the young collections that run while it is read, promoted once, instead of
    // being copied at every doubling and again to trim (on a VM each page a process first touches costs a fault).
    private final int[][] dest;
    private final byte[][] destLength;
    private final byte[][] kindAndHost;
    private final long[][] gateway;
    private final int[][] flags;
    private final int[][] iface;
    private final int[][] expire;
    private final int[][] line;
    /** Per chunk: where each row's printed destination starts in that chunk's {@link #rawText}, and one more. */
    private final int[][] rawStart;
    private final byte[][] rawText;
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
        b.trimLastChunk();
        this.shift = b.shift;
        this.mask = b.mask;
        this.size = b.size;
        int n = b.size;
        int chunks = b.chunks;
        this.dest = Arrays.copyOf(b.dest, chunks);
        this.destLength = Arrays.copyOf(b.destLength, chunks);
        this.kindAndHost = Arrays.copyOf(b.kindAndHost, chunks);
        this.gateway = Arrays.copyOf(b.gateway, chunks);
        this.flags = Arrays.copyOf(b.flags, chunks);
        this.iface = Arrays.copyOf(b.iface, chunks);
        this.expire = Arrays.copyOf(b.expire, chunks);
        this.line = Arrays.copyOf(b.line, chunks);
        this.rawStart = Arrays.copyOf(b.rawStart, chunks);
        this.rawText = Arrays.copyOf(b.rawText, chunks);
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
        int c = i >>> shift;
        int k = i & mask;
        Prefix destination = Prefix.of(IpAddress.ipv4(dest[c][k] & 0xFFFF_FFFFL), destLength[c][k]);
        long g = gateway[c][k];
        Gateway gw = switch (form(i)) {
            case ADDRESS -> new Gateway.Address(IpAddress.ipv4(g));
            case LINK -> new Gateway.Link((int) g);
            case INTERFACE -> new Gateway.Interface(namePool[(int) g]);
            case MAC -> new Gateway.Mac(Macs.format(g));
        };
        long m = metric == null ? 0 : metric[i];
        return new Route(AddressFamily.INET, destination, rawText(i), (kindAndHost[c][k] & 1) != 0, gw,
                flagPool[flags[c][k]], namePool[iface[c][k]], expireOf(expire[c][k]), line[c][k],
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
        return dest[i >>> shift][i & mask];
    }

    /** The prefix length, 0 to 32. */
    public int prefixLength(int i) {
        return destLength[i >>> shift][i & mask];
    }

    /** Whether the row is a host route. */
    public boolean host(int i) {
        return (kindAndHost[i >>> shift][i & mask] & 1) != 0;
    }

    public GatewayForm form(int i) {
        return GatewayForm.BY_KIND[kindAndHost[i >>> shift][i & mask] >> 1];
    }

    /** The gateway: the IPv4 address, the link index, the MAC's 48 bits, or the interface name's pool id. */
    public long gatewayValue(int i) {
        return gateway[i >>> shift][i & mask];
    }

    /** The name of an {@link GatewayForm#INTERFACE} gateway. */
    public String gatewayName(int i) {
        return namePool[(int) gateway[i >>> shift][i & mask]];
    }

    /** Copies the destination as printed into {@code dst} at {@code at}; returns its length. */
    public int destinationRaw(int i, char[] dst, int at) {
        int[] starts = rawStart[i >>> shift];
        byte[] text = rawText[i >>> shift];
        int from = starts[i & mask];
        int n = starts[(i & mask) + 1] - from;
        for (int k = 0; k < n; k++) {
            dst[at + k] = (char) (text[from + k] & 0xFF);
        }
        return n;
    }

    /** The length of the destination as printed. */
    public int destinationRawLength(int i) {
        int[] starts = rawStart[i >>> shift];
        return starts[(i & mask) + 1] - starts[i & mask];
    }

    public RouteFlags flags(int i) {
        return flagPool[flags[i >>> shift][i & mask]];
    }

    /** The flags as printed. */
    public String flagsText(int i) {
        return flagPool[flags[i >>> shift][i & mask]].text();
    }

    public String iface(int i) {
        return namePool[iface[i >>> shift][i & mask]];
    }

    /** The Expire: seconds, {@link #EXPIRE_NONE} or {@link #EXPIRE_PAST}. */
    public int expireCode(int i) {
        return expire[i >>> shift][i & mask];
    }

    /** The family of row {@code i}, without making the route. */
    public AddressFamily family(int i) {
        return isObject(i) ? objects[i].family() : AddressFamily.INET;
    }

    /** The source line of row {@code i}, without making the route. */
    public int line(int i) {
        return isObject(i) ? objects[i].line() : line[i >>> shift][i & mask];
    }

    /** {@link Route#isNeighborEntry()} of row {@code i}, without making the route. */
    public boolean isNeighborEntry(int i) {
        if (isObject(i)) {
            return objects[i].isNeighborEntry();
        }
        RouteFlags f = flagPool[flags[i >>> shift][i & mask]];
        GatewayForm form = form(i);
        return (f.has(RouteFlag.LLINFO) || f.has(RouteFlag.WASCLONED))
                && (form == GatewayForm.LINK || form == GatewayForm.MAC);
    }

    /** The expiry of an {@link #expireCode}. */
    public static Expire expireOf(int code) {
        return code == EXPIRE_NONE ? Expire.NONE : code == EXPIRE_PAST ? Expire.EXPIRED : Expire.seconds(code);
    }

    private String rawText(int i) {
        int[] starts = rawStart[i >>> shift];
        int k = i & mask;
        return new String(rawText[i >>> shift], starts[k], starts[k + 1] - starts[k], StandardCharsets.ISO_8859_1);
    }

    /**
     * Collects rows in source order. A parser reaches it through {@link #of(RouteTable.Builder)} for the bulk entry
     * {@link #addIpv4}; everything else goes through {@code RouteTable.Builder.add(Route)}. Not thread-safe.
     */
    @Api(Api.Status.INTERNAL)
    public static final class Builder {
        /** Rows per chunk of the columns, as a power of two: 65 536 rows, about 3 MB. */
        static final int CHUNK_BITS = 16;
        /** Bytes of printed destination a whole chunk starts with per row ({@code 203.0.113.0/24} is 14). */
        private static final int RAW_PER_ROW = 16;

        private final int shift;
        private final int mask;
        private int size;
        /** Chunks allocated; the last is the one being filled. Chunk 0 starts small and doubles up to a whole one. */
        private int chunks;
        private int[][] dest;
        private byte[][] destLength;
        private byte[][] kindAndHost;
        private long[][] gateway;
        private int[][] flags;
        private int[][] iface;
        private int[][] expire;
        private int[][] line;
        private int[][] rawStart;
        private byte[][] rawText;
        /** Bytes used in the last chunk's rawText. */
        private int rawUsed;
        // the columns most tables never need, one flat array each, made on first use
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
            this(expected, CHUNK_BITS);
        }

        /** With chunks of {@code 1 << chunkBits} rows (tests use small ones). */
        Builder(int expected, int chunkBits) {
            shift = chunkBits;
            mask = (1 << chunkBits) - 1;
            int outer = Math.max(4, (Math.max(0, expected) >>> chunkBits) + 1);
            dest = new int[outer][];
            destLength = new byte[outer][];
            kindAndHost = new byte[outer][];
            gateway = new long[outer][];
            flags = new int[outer][];
            iface = new int[outer][];
            expire = new int[outer][];
            line = new int[outer][];
            rawStart = new int[outer][];
            rawText = new byte[outer][];
            int n = Math.min(1 << chunkBits, Math.max(16, expected));
            allocateChunk(n, n * 12);
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
            int k = slot(1);
            int at = reserveRaw(raw.length());
            byte[] text = rawText[chunks - 1];
            for (int i = 0; i < raw.length(); i++) {
                text[at + i] = (byte) raw.charAt(i);
            }
            addColumns(k, (int) d.address().low(), d.length(), r.host(), kind, g, flagId(r.flags()),
                    nameId(r.iface()), e, r.line());
            if (r.metric() != null) {
                metric = sparse(metric, size);
                metric[size - 1] = r.metric() + 1;
            }
            if (!r.attributes().isEmpty()) {
                attributes = sparse(attributes, size);
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
            int k = slot(1);
            int at = reserveRaw(rawLength);
            byte[] text = rawText[chunks - 1];
            for (int i = 0; i < rawLength; i++) {
                char c = raw[rawFrom + i];
                if (c > 0xFF) {
                    rawUsed = at;
                    throw new IllegalArgumentException("destination text is not Latin-1");
                }
                text[at + i] = (byte) c;
            }
            addColumns(k, network, length, host, form.ordinal(), gatewayValue, flagsId, ifaceId, expireSecs,
                    lineNumber);
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
         * parts); {@code part} is left empty. Columns are copied in bulk, a run at a time (a run lies in one chunk
         * of each), only the flag and interface ids are mapped to this table's.
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
            if (part.metric != null) {
                metric = sparse(metric, base + n);
                System.arraycopy(part.metric, 0, metric, base, Math.min(n, part.metric.length));
            }
            if (part.attributes != null) {
                attributes = sparse(attributes, base + n);
                for (int j = 0; j < Math.min(n, part.attributes.length); j++) {
                    attributes[base + j] = attributeMap[part.attributes[j]];
                }
            }
            if (part.objects != null) {
                objects = sparse(objects, base + n);
                System.arraycopy(part.objects, 0, objects, base, Math.min(n, part.objects.length));
            }
            int interfaceKind = GatewayForm.INTERFACE.ordinal();
            // the part's sparse column of objects is as long as its last object needs
            int objectsEnd = part.objects == null ? 0 : Math.min(n, part.objects.length);
            int j = 0;
            while (j < n) {
                int pc = j >>> part.shift;
                int pk = j & part.mask;
                int k = slot(n - j);
                int c = chunks - 1;
                int run = Math.min(n - j, Math.min(part.dest[pc].length - pk, dest[c].length - k));
                System.arraycopy(part.dest[pc], pk, dest[c], k, run);
                System.arraycopy(part.destLength[pc], pk, destLength[c], k, run);
                System.arraycopy(part.kindAndHost[pc], pk, kindAndHost[c], k, run);
                System.arraycopy(part.gateway[pc], pk, gateway[c], k, run);
                System.arraycopy(part.expire[pc], pk, expire[c], k, run);
                System.arraycopy(part.line[pc], pk, line[c], k, run);
                int[] partFlags = part.flags[pc];
                int[] partIface = part.iface[pc];
                byte[] partKind = part.kindAndHost[pc];
                long[] partGateway = part.gateway[pc];
                int[] toFlags = flags[c];
                int[] toIface = iface[c];
                long[] toGateway = gateway[c];
                for (int t = 0; t < run; t++) {
                    if (j + t >= objectsEnd || part.objects[j + t] == null) {
                        toFlags[k + t] = flagIds[partFlags[pk + t]];
                        toIface[k + t] = nameIds[partIface[pk + t]];
                        if ((partKind[pk + t] >> 1) == interfaceKind) {
                            toGateway[k + t] = nameIds[(int) partGateway[pk + t]];
                        }
                    }
                }
                int[] partStarts = part.rawStart[pc];
                int rawFrom = partStarts[pk];
                int rawLength = partStarts[pk + run] - rawFrom;
                int at = reserveRaw(rawLength);
                System.arraycopy(part.rawText[pc], rawFrom, rawText[c], at, rawLength);
                int[] starts = rawStart[c];
                int shiftBy = at - rawFrom;
                for (int t = 1; t <= run; t++) {
                    starts[k + t] = partStarts[pk + t] + shiftBy;
                }
                size += run;
                j += run;
            }
            part.size = 0;
            part.chunks = 1; // refilled from its first chunk, which it keeps
            part.rawUsed = 0;
            part.objects = null;
            part.metric = null;
            part.attributes = null;
            // no row of the part refers to its attribute maps any more: a part filled again starts without them
            part.attributePool.subList(1, part.attributePool.size()).clear();
            part.attributeIds.clear();
        }

        /** The columns of row {@code size}, at {@code k} of the last chunk, whose printed destination is in. */
        private void addColumns(int k, int network, int length, boolean host, int kind, long g, int flagsId,
                                int ifaceId, int e, int lineNumber) {
            int c = chunks - 1;
            dest[c][k] = network;
            destLength[c][k] = (byte) length;
            kindAndHost[c][k] = (byte) (kind << 1 | (host ? 1 : 0));
            gateway[c][k] = g;
            flags[c][k] = flagsId;
            iface[c][k] = ifaceId;
            expire[c][k] = e;
            line[c][k] = lineNumber;
            size++;
            rawStart[c][k + 1] = rawUsed;
        }

        private void addObject(Route r) {
            int k = slot(1);
            objects = sparse(objects, size + 1);
            objects[size] = r;
            size++;
            rawStart[chunks - 1][k + 1] = rawUsed;
        }

        /**
         * Makes room for row {@code size} (and up to {@code want} rows after it in the same chunk, where the chunk
         * can grow) and returns its place in the last chunk, which is then the row's.
         */
        private int slot(int want) {
            int c = size >>> shift;
            int k = size & mask;
            if (c >= chunks) {
                finishChunk();
                allocateChunk(1 << shift, RAW_PER_ROW << shift);
            } else if (k == dest[c].length) {
                growChunk(c, Math.min(1 << shift, Math.max(dest[c].length * 2, k + want)));
            }
            return k;
        }

        /**
         * A sparse column with room for {@code rows} rows: made when a row first needs it and grown only by the rows
         * that need it, so it can be shorter than the table (the store's copy is cut or padded to the table).
         */
        private static Route[] sparse(Route[] a, int rows) {
            return a == null ? new Route[Math.max(16, rows + (rows >> 1))]
                    : a.length >= rows ? a : Arrays.copyOf(a, Math.max(a.length * 2, rows));
        }

        private static long[] sparse(long[] a, int rows) {
            return a == null ? new long[Math.max(16, rows + (rows >> 1))]
                    : a.length >= rows ? a : Arrays.copyOf(a, Math.max(a.length * 2, rows));
        }

        private static int[] sparse(int[] a, int rows) {
            return a == null ? new int[Math.max(16, rows + (rows >> 1))]
                    : a.length >= rows ? a : Arrays.copyOf(a, Math.max(a.length * 2, rows));
        }

        private void allocateChunk(int rows, int rawBytes) {
            int c = chunks;
            if (c == dest.length) {
                int outer = c * 2;
                dest = Arrays.copyOf(dest, outer);
                destLength = Arrays.copyOf(destLength, outer);
                kindAndHost = Arrays.copyOf(kindAndHost, outer);
                gateway = Arrays.copyOf(gateway, outer);
                flags = Arrays.copyOf(flags, outer);
                iface = Arrays.copyOf(iface, outer);
                expire = Arrays.copyOf(expire, outer);
                line = Arrays.copyOf(line, outer);
                rawStart = Arrays.copyOf(rawStart, outer);
                rawText = Arrays.copyOf(rawText, outer);
            }
            dest[c] = new int[rows];
            destLength[c] = new byte[rows];
            kindAndHost[c] = new byte[rows];
            gateway[c] = new long[rows];
            flags[c] = new int[rows];
            iface[c] = new int[rows];
            expire[c] = new int[rows];
            line[c] = new int[rows];
            rawStart[c] = new int[rows + 1];
            rawText[c] = new byte[rawBytes];
            rawUsed = 0;
            chunks = c + 1;
        }

        private void growChunk(int c, int rows) {
            dest[c] = Arrays.copyOf(dest[c], rows);
            destLength[c] = Arrays.copyOf(destLength[c], rows);
            kindAndHost[c] = Arrays.copyOf(kindAndHost[c], rows);
            gateway[c] = Arrays.copyOf(gateway[c], rows);
            flags[c] = Arrays.copyOf(flags[c], rows);
            iface[c] = Arrays.copyOf(iface[c], rows);
            expire[c] = Arrays.copyOf(expire[c], rows);
            line[c] = Arrays.copyOf(line[c], rows);
            rawStart[c] = Arrays.copyOf(rawStart[c], rows + 1);
        }

        /** A full chunk's printed destinations cut to what they use, when that saves a quarter or more. */
        private void finishChunk() {
            int c = chunks - 1;
            if (rawUsed < rawText[c].length - (rawText[c].length >> 2)) {
                rawText[c] = Arrays.copyOf(rawText[c], rawUsed);
            }
        }

        /**
         * Cuts the last chunk to its rows, for the store: the arrays it then shares with this builder are never
         * written again (a row added after this goes to copies).
         */
        private void trimLastChunk() {
            int c = chunks - 1;
            int rows = size - (c << shift);
            if (dest[c].length != rows) {
                growChunk(c, rows);
            }
            if (rawText[c].length != rawUsed) {
                rawText[c] = Arrays.copyOf(rawText[c], rawUsed);
            }
        }

        /** Room for {@code n} more bytes of printed destination in the last chunk; returns where they go. */
        private int reserveRaw(int n) {
            byte[] text = rawText[chunks - 1];
            if (rawUsed + n > text.length) {
                rawText[chunks - 1] = Arrays.copyOf(text, Math.max(text.length * 2, rawUsed + n));
            }
            int at = rawUsed;
            rawUsed += n;
            return at;
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
