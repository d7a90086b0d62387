package dev.routediff.parser.windows;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;

/** IPv4 netmask ↔ prefix length. Windows refuses non-contiguous masks in {@code route add}, so they are refused here. */
final class Netmasks {

    private Netmasks() {
    }

    /** The prefix length of a contiguous IPv4 mask, or -1 when its one bits are not all leading. */
    static int prefixLength(IpAddress mask) {
        if (mask.family() != AddressFamily.INET) {
            return -1;
        }
        int len = Long.bitCount(mask.low());
        return mask(len).low() == mask.low() ? len : -1;
    }

    /** The IPv4 mask with {@code length} leading one bits. */
    static IpAddress mask(int length) {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length + " out of range 0..32");
        }
        return IpAddress.ipv4(length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL);
    }
}
