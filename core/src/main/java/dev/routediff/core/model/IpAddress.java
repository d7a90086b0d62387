package dev.routediff.core.model;

import java.util.Objects;

/**
 * An IPv4 or IPv6 address held as two longs, with an optional IPv6 zone (the {@code %en0} netstat prints).
 *
 * <p>Parsing is strict and never touches DNS: {@code inet_aton} short forms such as {@code 127} or {@code 10.1} are
 * rejected here on purpose, because netstat's abbreviations mean something else and must be expanded by the parser
 * that knows the format.
 */
public record IpAddress(AddressFamily family, long high, long low, String zone) implements Comparable<IpAddress> {

    public IpAddress {
        Objects.requireNonNull(family, "family");
        if (family == AddressFamily.INET && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("IPv4 address out of range");
        }
        if (zone != null && (zone.isEmpty() || family == AddressFamily.INET)) {
            throw new IllegalArgumentException("a zone belongs to a non-empty IPv6 scope only");
        }
    }

    public static IpAddress ipv4(long value) {
        return new IpAddress(AddressFamily.INET, 0, value & 0xFFFF_FFFFL, null);
    }

    public static IpAddress ipv6(long high, long low, String zone) {
        return new IpAddress(AddressFamily.INET6, high, low, zone);
    }

    /** Parses a literal IPv4 dotted quad or IPv6 address (with optional {@code %zone}); throws on anything else. */
    public static IpAddress parse(String text) {
        IpAddress a = tryParse(text);
        if (a == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        return a;
    }

    /** Like {@link #parse} but returns null instead of throwing. */
    public static IpAddress tryParse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.indexOf(':') >= 0) {
            return tryParseIpv6(text);
        }
        long v = tryParseIpv4(text, 0, text.length());
        return v < 0 ? null : ipv4(v);
    }

    /** Parses exactly four decimal octets in {@code s[from, to)}; returns -1 when they are not that. */
    static long tryParseIpv4(CharSequence s, int from, int to) {
        long value = 0;
        int octets = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int octet = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                if (octet > 255 || i - start >= 3) {
                    return -1;
                }
                i++;
            }
            if (i == start) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (i < to) {
                if (s.charAt(i) != '.' || octets == 4 || i + 1 == to) {
                    return -1;
                }
                i++;
            }
        }
        return octets == 4 ? value : -1;
    }

    private static IpAddress tryParseIpv6(String text) {
        String zone = null;
        int pct = text.indexOf('%');
        String addr = text;
        if (pct >= 0) {
            zone = text.substring(pct + 1);
            addr = text.substring(0, pct);
            if (zone.isEmpty() || zone.indexOf('%') >= 0) {
                return null;
            }
        }
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = addr.length();
        if (n == 0) {
            return null;
        }
        if (addr.startsWith("::")) {
            gap = 0;
            i = 2;
            if (n == 2) {
                return ipv6(0, 0, zone);
            }
        } else if (addr.charAt(0) == ':') {
            return null;
        }
        while (i < n) {
            int start = i;
            int value = 0;
            while (i < n && Character.digit(addr.charAt(i), 16) >= 0 && i - start < 4) {
                value = (value << 4) | Character.digit(addr.charAt(i), 16);
                i++;
            }
            if (i < n && addr.charAt(i) == '.') {
                long v4 = tryParseIpv4(addr, start, n);
                if (v4 < 0 || count > 6) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            if (i == start || count == 8) {
                return null;
            }
            groups[count++] = value;
            if (i == n) {
                break;
            }
            if (addr.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && addr.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return null;
            }
        }
        if (gap < 0 && count != 8) {
            return null;
        }
        if (gap >= 0 && count > 7) {
            return null;
        }
        int[] full = new int[8];
        if (gap >= 0) {
            int tail = count - gap;
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        } else {
            full = groups;
        }
        long hi = 0;
        long lo = 0;
        for (int g = 0; g < 4; g++) {
            hi = (hi << 16) | full[g];
            lo = (lo << 16) | full[g + 4];
        }
        return ipv6(hi, lo, zone);
    }

    public boolean isIpv4() {
        return family == AddressFamily.INET;
    }

    /** Bit {@code index} counted from the most significant bit (0). */
    public boolean bit(int index) {
        if (family == AddressFamily.INET) {
            return ((low >>> (31 - index)) & 1) != 0;
        }
        return index < 64 ? ((high >>> (63 - index)) & 1) != 0 : ((low >>> (127 - index)) & 1) != 0;
    }

    /** This address with every bit after the first {@code length} set to zero; the zone is kept. */
    public IpAddress masked(int length) {
        if (family == AddressFamily.INET) {
            long mask = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
            return new IpAddress(family, 0, low & mask, null);
        }
        long hiMask = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        long loMask = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return new IpAddress(family, high & hiMask, low & loMask, zone);
    }

    /** The address {@code n} above this one (wrapping within the family), zone kept. */
    public IpAddress plus(long n) {
        if (family == AddressFamily.INET) {
            return ipv4(low + n);
        }
        long lo = low + n;
        long hi = high + (Long.compareUnsigned(lo, low) < 0 && n > 0 ? 1 : 0);
        return new IpAddress(family, hi, lo, zone);
    }

    public IpAddress withoutZone() {
        return zone == null ? this : new IpAddress(family, high, low, null);
    }

    @Override
    public int compareTo(IpAddress o) {
        int c = family.compareTo(o.family);
        if (c == 0) {
            c = Long.compareUnsigned(high, o.high);
        }
        if (c == 0) {
            c = Long.compareUnsigned(low, o.low);
        }
        if (c == 0) {
            c = compareNullsFirst(zone, o.zone);
        }
        return c;
    }

    /** Dotted quad, or RFC 5952 text for IPv6 (longest zero run compressed), followed by {@code %zone}. */
    @Override
    public String toString() {
        if (family == AddressFamily.INET) {
            return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(41);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        if (zone != null) {
            sb.append('%').append(zone);
        }
        return sb.toString();
    }

    // equals and hashCode written out: a record's generated ones bootstrap through method handles on first use,
    // which costs a diff run tens of milliseconds of start-up (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && family == a.family && high == a.high && low == a.low
                && Objects.equals(zone, a.zone);
    }

    @Override
    public int hashCode() {
        return ((family.hashCode() * 31 + Long.hashCode(high)) * 31 + Long.hashCode(low)) * 31
                + Objects.hashCode(zone);
    }

    /** Null before any string; plain code, no lambda (a first lambda costs a run milliseconds of start-up). */
    static int compareNullsFirst(String x, String y) {
        return x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
    }
}
