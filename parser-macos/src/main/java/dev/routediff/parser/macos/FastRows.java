package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.internal.RouteStore.GatewayForm;
import dev.routediff.core.model.RouteTable;

/**
 * The plain IPv4 row of the usual layout ({@code Destination Gateway Flags Netif [Expire]}), read straight from the
 * line's characters into the table's columns: no string per line or per field, no {@code Route} object. A full BGP
 * table is a million of these.
 *
 * <p>It only takes rows it is sure of: numeric destination and gateway (an IPv4 address, {@code link#N} or a MAC in
 * netstat's form), alphanumeric flags and interface, a number or {@code !} for Expire. Anything else, including
 * every row the general path would refuse, returns false, and {@link Rows} reads the line as before, with its
 * messages. So both paths give the same table; {@code FastRowsTest} checks that on every sample and on generated
 * tables. One instance serves one table: it keeps that table's ids for the flags and interfaces it has seen.
 */
final class FastRows {

    private static final int MAX_TOKENS = 5;
    private static final char[] DEFAULT = "default".toCharArray();
    private static final char[] LINK = "link#".toCharArray();

    private final int[] from = new int[MAX_TOKENS];
    private final int[] to = new int[MAX_TOKENS];
    private final TokenCache<FlagsId> flags = new TokenCache<>();
    private final TokenCache<Integer> names = new TokenCache<>();
    private final Rows.Shared shared;

    FastRows(Rows.Shared shared) {
        this.shared = shared;
    }

    /** Whether rows under this header can take the fast path at all. */
    static boolean suits(Header h) {
        return h.family() == dev.routediff.core.model.AddressFamily.INET && h.rtIfa() < 0 && h.flags() == 2
                && h.netif() == 3 && h.columns().size() == (h.hasExpire() ? 5 : 4);
    }

    /** Adds the row in {@code line[start, end)} and returns true, or returns false having added nothing. */
    boolean tryAdd(char[] line, int start, int end, boolean hasExpire, int lineNumber, RouteTable.Builder routes) {
        RouteStore.Builder table = RouteStore.Builder.of(routes);
        int n = tokens(line, start, end);
        if (n < 4 || n > MAX_TOKENS || (n == 5 && !hasExpire)) {
            return false;
        }
        // Netif: alphanumeric with a letter first (en0, utun3, bridge100), so never a number, '!' or a title.
        if (!isName(line, from[3], to[3])) {
            return false;
        }
        int expire = RouteStore.EXPIRE_NONE;
        if (n == 5) {
            expire = expire(line, from[4], to[4]);
            if (expire == Integer.MIN_VALUE) {
                return false;
            }
        }
        FlagsId routeFlags = flags(line, from[2], to[2], table);
        if (routeFlags == null) {
            return false;
        }
        boolean host = routeFlags.host();

        int ds = from[0];
        int de = to[0];
        int network;
        int length;
        if (de - ds == DEFAULT.length && regionEquals(line, ds, DEFAULT)) {
            network = 0;
            length = 0;
        } else {
            int slash = -1;
            for (int i = ds; i < de; i++) {
                if (line[i] == '/') {
                    slash = i;
                    break;
                }
            }
            int dotsEnd = slash < 0 ? de : slash;
            long value = dotted(line, ds, dotsEnd);
            if (value < 0) {
                return false;
            }
            int octets = (int) (value >>> 32);
            network = (int) value;
            if (slash >= 0) {
                length = number(line, slash + 1, de, 3);
                if (length < 0 || length > 32) {
                    return false;
                }
            } else if (host || octets == 4) {
                length = 32;
            } else {
                length = Destinations.classfulLength(network & 0xFFFF_FFFFL);
            }
            if (length < 32 && (length == 0 ? network != 0 : (network & (-1 >>> length)) != 0)) {
                return false; // host bits set: the general path explains the refusal
            }
        }

        int gs = from[1];
        int ge = to[1];
        GatewayForm kind;
        long gateway;
        long address = quad(line, gs, ge);
        if (address >= 0) {
            kind = GatewayForm.ADDRESS;
            gateway = address;
        } else if (ge - gs > LINK.length && regionEquals(line, gs, LINK)) {
            int index = number(line, gs + LINK.length, ge, 9);
            if (index < 0) {
                return false;
            }
            kind = GatewayForm.LINK;
            gateway = index;
        } else {
            gateway = mac(line, gs, ge);
            if (gateway < 0) {
                return false;
            }
            kind = GatewayForm.MAC;
        }
        table.addIpv4(network, length, host, line, ds, de - ds, kind, gateway, routeFlags.id(),
                name(line, from[3], to[3], table), expire, lineNumber);
        return true;
    }

    /** Splits on blanks into {@link #from}/{@link #to}; returns the count, or MAX_TOKENS + 1 when there are more. */
    private int tokens(char[] line, int start, int end) {
        int n = 0;
        int i = start;
        while (i < end) {
            while (i < end && blank(line[i])) {
                i++;
            }
            if (i == end) {
                break;
            }
            if (n == MAX_TOKENS) {
                return MAX_TOKENS + 1;
            }
            from[n] = i;
            while (i < end && !blank(line[i])) {
                i++;
            }
            to[n++] = i;
        }
        return n;
    }

    /** {@link Fields#isBlank}, with one comparison for the usual character: every blank is at most a space. */
    private static boolean blank(char c) {
        return c <= ' ' && Fields.isBlank(c);
    }

    /** Flags as the table knows them: its id for them, and whether they hold H. */
    private record FlagsId(int id, boolean host) {
    }

    private FlagsId flags(char[] line, int start, int end, RouteStore.Builder table) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = line[i];
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (!letter) {
            return null;
        }
        FlagsId f = flags.get(line, start, end);
        if (f == null) {
            RouteFlags parsed = shared.flags(new String(line, start, end - start));
            f = new FlagsId(table.flagsId(parsed), parsed.has(RouteFlag.HOST));
            flags.put(line, start, end, f);
        }
        return f;
    }

    private int name(char[] line, int start, int end, RouteStore.Builder table) {
        Integer id = names.get(line, start, end);
        if (id == null) {
            id = table.ifaceId(shared.name(new String(line, start, end - start)));
            names.put(line, start, end, id);
        }
        return id;
    }

    private static boolean isName(char[] line, int start, int end) {
        char first = line[start];
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = line[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Seconds (up to nine digits), EXPIRE_PAST for '!', or Integer.MIN_VALUE when it is neither. */
    private static int expire(char[] line, int start, int end) {
        if (end - start == 1 && line[start] == '!') {
            return RouteStore.EXPIRE_PAST;
        }
        int v = number(line, start, end, 9);
        return v < 0 ? Integer.MIN_VALUE : v;
    }

    /** A decimal of 1 to {@code maxDigits} digits, or -1. */
    private static int number(char[] line, int start, int end, int maxDigits) {
        if (end <= start || end - start > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = start; i < end; i++) {
            char c = line[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * netstat's abbreviated IPv4 network: 1 to 4 octets of 1 to 3 digits, each at most 255, padded with zero
     * octets on the right. Returns the octet count in bits 32-34 and the address in the low 32 bits, or -1.
     */
    private static long dotted(char[] line, int start, int end) {
        long value = 0;
        int octets = 0;
        int i = start;
        while (true) {
            int octetStart = i;
            int octet = 0;
            while (i < end && line[i] >= '0' && line[i] <= '9') {
                octet = octet * 10 + (line[i] - '0');
                i++;
            }
            if (i == octetStart || i - octetStart > 3 || octet > 255 || ++octets > 4) {
                return -1;
            }
            value = value << 8 | octet;
            if (i == end) {
                break;
            }
            if (line[i] != '.' || i + 1 == end) {
                return -1;
            }
            i++;
        }
        return (long) octets << 32 | ((value << (8 * (4 - octets))) & 0xFFFF_FFFFL);
    }

    /** Exactly four octets, or -1. */
    private static long quad(char[] line, int start, int end) {
        long v = dotted(line, start, end);
        return v >= 0 && (v >>> 32) == 4 ? v & 0xFFFF_FFFFL : -1;
    }

    /** Six colon-separated groups of lower-case hex without leading zeros (how BSD prints them), or -1. */
    private static long mac(char[] line, int start, int end) {
        long value = 0;
        int groups = 0;
        int i = start;
        while (true) {
            int groupStart = i;
            int group = 0;
            while (i < end && i - groupStart < 3) {
                char c = line[i];
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
                if (d < 0) {
                    break;
                }
                group = group << 4 | d;
                i++;
            }
            int digits = i - groupStart;
            if (digits == 0 || digits > 2 || (digits == 2 && line[groupStart] == '0') || ++groups > 6) {
                return -1;
            }
            value = value << 8 | group;
            if (i == end) {
                break;
            }
            if (line[i] != ':') {
                return -1;
            }
            i++;
        }
        return groups == 6 ? value : -1;
    }

    private static boolean regionEquals(char[] line, int start, char[] word) {
        for (int k = 0; k < word.length; k++) {
            if (line[start + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A few dozen distinct tokens (flag strings, interface names) looked up by their characters, so that a row
     * needs no string to find its shared value.
     */
    static final class TokenCache<T> {
        private static final int SLOTS = 256;
        private final char[][] keys = new char[SLOTS][];
        private final Object[] values = new Object[SLOTS];
        private int used;

        @SuppressWarnings("unchecked")
        T get(char[] line, int start, int end) {
            int h = hash(line, start, end);
            for (int k = 0; k < SLOTS; k++) {
                int slot = (h + k) & (SLOTS - 1);
                char[] key = keys[slot];
                if (key == null) {
                    return null;
                }
                if (key.length == end - start && java.util.Arrays.equals(key, 0, key.length, line, start, end)) {
                    return (T) values[slot];
                }
            }
            return null;
        }

        void put(char[] line, int start, int end, T value) {
            if (used >= SLOTS / 2) {
                return; // a table with this many distinct values reads them through the shared maps instead
            }
            int h = hash(line, start, end);
            for (int k = 0; k < SLOTS; k++) {
                int slot = (h + k) & (SLOTS - 1);
                if (keys[slot] == null) {
                    keys[slot] = java.util.Arrays.copyOfRange(line, start, end);
                    values[slot] = value;
                    used++;
                    return;
                }
            }
        }

        private static int hash(char[] line, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + line[i];
            }
            return h ^ (h >>> 8);
        }
    }
}
