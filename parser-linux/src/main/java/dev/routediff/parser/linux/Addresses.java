package dev.routediff.parser.linux;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;

/** Address helpers shared by the Linux formats: masks, host-bit checks and the kernel's hex forms. */
final class Addresses {

    private Addresses() {
    }

    /** Length of a contiguous IPv4 mask, or -1 when its one bits are not a single leading run. */
    static int maskLength(IpAddress mask) {
        long m = mask.low();
        int len = Long.bitCount(m);
        long contiguous = len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
        return m == contiguous ? len : -1;
    }

    /**
     * The prefix, or null when the address has bits beyond the length: Prefix would clear them silently, and a
     * kernel dump never prints such a destination, so seeing one means the input is not what it claims to be.
     */
    static Prefix exactPrefix(IpAddress address, int length) {
        IpAddress plain = address.withoutZone();
        return plain.masked(length).equals(plain) ? Prefix.of(address, length) : null;
    }

    /** {@code /proc/net/route} prints the in-memory (little-endian on x86) value: 0100A8C0 is 192.168.0.1. */
    static IpAddress fromLittleEndianHex(String hex) {
        long v = parseHex(hex, 8);
        if (v < 0) {
            return null;
        }
        long swapped = ((v & 0xFF) << 24) | ((v & 0xFF00) << 8) | ((v >>> 8) & 0xFF00) | ((v >>> 24) & 0xFF);
        return IpAddress.ipv4(swapped);
    }

    /** The inverse of {@link #fromLittleEndianHex}, in the kernel's upper-case form. */
    static String toLittleEndianHex(IpAddress a) {
        long v = a.low();
        long swapped = ((v & 0xFF) << 24) | ((v & 0xFF00) << 8) | ((v >>> 8) & 0xFF00) | ((v >>> 24) & 0xFF);
        return String.format("%08X", swapped);
    }

    /** 32 hex digits in network order, as {@code /proc/net/ipv6_route} prints them; null otherwise. */
    static IpAddress fromIpv6Hex(String hex) {
        if (hex.length() != 32) {
            return null;
        }
        long high = parseHex(hex.substring(0, 16), 16);
        long low = parseHex(hex.substring(16), 16);
        if (high == -1 && !hex.substring(0, 16).equalsIgnoreCase("ffffffffffffffff")
                || low == -1 && !hex.substring(16).equalsIgnoreCase("ffffffffffffffff")) {
            return null;
        }
        return IpAddress.ipv6(high, low, null);
    }

    /**
     * Unsigned hex of exactly {@code digits} digits (1..16). Returns -1 on anything else; for 16 digits an all-F
     * value is also -1, which callers tell apart by the text.
     */
    static long parseHex(String s, int digits) {
        if (s.length() != digits) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** IPv4-mapped {@code ::ffff:a.b.c.d}, the address net-tools prints as a bare dotted quad in IPv6 tables. */
    static IpAddress v4Mapped(IpAddress v4) {
        return IpAddress.ipv6(0, 0x0000_FFFF_0000_0000L | v4.low(), null);
    }

    static boolean isUnspecified(IpAddress a) {
        return a.high() == 0 && a.low() == 0;
    }

    static AddressFamily familyOf(String literal) {
        return literal.indexOf(':') >= 0 ? AddressFamily.INET6 : AddressFamily.INET;
    }
}
