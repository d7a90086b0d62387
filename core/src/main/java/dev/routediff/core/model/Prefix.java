package dev.routediff.core.model;

import java.util.Objects;

/**
 * A destination: a network address and a prefix length, canonical text {@code a.b.c.d/n} or {@code x::/n}.
 *
 * <p>BSD kernels also allow non-contiguous netmasks, printed by netstat as {@code &0x…} (and cut to seven
 * characters, so the mask may be lost). Such a destination keeps the hex text in {@link #irregularMask()} and
 * has {@code length == -1}: it is kept and flagged, never rounded to a length it does not have.
 */
public record Prefix(IpAddress address, int length, String irregularMask) implements Comparable<Prefix> {

    public Prefix {
        Objects.requireNonNull(address, "address");
        int bits = address.family().bits();
        if (irregularMask == null) {
            if (length < 0 || length > bits) {
                throw new IllegalArgumentException("prefix length " + length + " out of range 0.." + bits);
            }
            address = address.masked(length);
        } else if (length != -1) {
            throw new IllegalArgumentException("an irregular mask has no prefix length");
        }
    }

    public static Prefix of(IpAddress address, int length) {
        return new Prefix(address, length, null);
    }

    /** A prefix covering exactly one address. */
    public static Prefix host(IpAddress address) {
        return new Prefix(address, address.family().bits(), null);
    }

    public static final Prefix DEFAULT_V4 = of(IpAddress.ipv4(0), 0);
    public static final Prefix DEFAULT_V6 = of(IpAddress.ipv6(0, 0, null), 0);

    /**
     * Parses canonical CIDR text: {@code a.b.c.d/n}, {@code a.b.c.d} (a /32), IPv6 with or without {@code /n}
     * (without: /128), or {@code default}. Host bits are cleared. Throws with a readable message otherwise.
     */
    public static Prefix parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty destination, expected a CIDR such as 10.0.0.0/16");
        }
        if (text.equals("default")) {
            return DEFAULT_V4;
        }
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        IpAddress a = IpAddress.tryParse(addr);
        if (a == null) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block such as 10.0.0.0/16");
        }
        if (slash < 0) {
            return host(a);
        }
        int len = parseLength(text.substring(slash + 1), a.family().bits());
        if (len < 0) {
            throw new IllegalArgumentException("'" + text + "' has a bad prefix length, expected 0.." + a.family().bits());
        }
        return of(a, len);
    }

    /** Decimal prefix length in 0..max, or -1. */
    public static int parseLength(String s, int max) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= max ? v : -1;
    }

    public AddressFamily family() {
        return address.family();
    }

    public boolean isIrregular() {
        return irregularMask != null;
    }

    public boolean isDefault() {
        return length == 0;
    }

    public boolean isHostLength() {
        return length == address.family().bits();
    }

    /** True when {@code ip} lies in this prefix; zones are ignored; an irregular mask contains nothing. */
    public boolean contains(IpAddress ip) {
        if (ip.family() != family() || isIrregular()) {
            return false;
        }
        IpAddress m = ip.masked(length);
        return m.high() == address.high() && m.low() == address.low();
    }

    /** True when every address of {@code other} lies in this prefix. */
    public boolean contains(Prefix other) {
        return !other.isIrregular() && other.length >= length && contains(other.address);
    }

    public boolean overlaps(Prefix other) {
        return contains(other) || other.contains(this);
    }

    /** The first address after the network address (the "first host"), e.g. 10.243.0.1 for 10.243.0.0/27. */
    public IpAddress firstHost() {
        return address.plus(1);
    }

    /** Number of addresses in an IPv4 prefix (inclusive count, so /32 is 1 and /31 is 2). */
    public long ipv4Size() {
        if (family() != AddressFamily.INET || isIrregular()) {
            throw new IllegalStateException("size is defined for regular IPv4 prefixes only");
        }
        return 1L << (32 - length);
    }

    @Override
    public int compareTo(Prefix o) {
        int c = address.withoutZone().compareTo(o.address.withoutZone());
        if (c == 0) {
            c = Integer.compare(length, o.length);
        }
        if (c == 0) {
            c = address.compareTo(o.address);
        }
        if (c == 0) {
            c = irregularMask == null ? (o.irregularMask == null ? 0 : -1)
                    : o.irregularMask == null ? 1 : irregularMask.compareTo(o.irregularMask);
        }
        return c;
    }

    @Override
    public String toString() {
        return isIrregular() ? address + "&" + irregularMask : address + "/" + length;
    }

    // equals and hashCode written out: a record's generated ones bootstrap through method handles on first use,
    // which costs a diff run tens of milliseconds of start-up (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Prefix p && length == p.length && address.equals(p.address)
                && Objects.equals(irregularMask, p.irregularMask);
    }

    @Override
    public int hashCode() {
        return (address.hashCode() * 31 + length) * 31 + Objects.hashCode(irregularMask);
    }
}
