package dev.routediff.parser.linux;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import java.util.EnumSet;

/**
 * Linux route flags. Only the letters and bits whose meaning is the BSD one are typed; the rest (R = reinstate,
 * C = cache, A = addrconf, n = no next hop, IPv6 D = default router…) look like BSD letters but mean something
 * else, so they stay unknown rather than being read wrongly.
 */
final class LinuxFlags {

    private LinuxFlags() {
    }

    // include/uapi/linux/route.h
    static final int RTF_UP = 0x1;
    static final int RTF_GATEWAY = 0x2;
    static final int RTF_HOST = 0x4;
    static final int RTF_DYNAMIC = 0x10;
    static final int RTF_MODIFIED = 0x20;
    static final int RTF_REJECT = 0x200;

    /**
     * The letters net-tools prints ({@code route -n}, {@code netstat -rn}). In IPv4 tables D and M are dynamic and
     * modified as on BSD; in IPv6 tables D is "default router" and m is "modified". {@code !} is a reject route.
     */
    static RouteFlags fromLetters(String text, AddressFamily family) {
        EnumSet<RouteFlag> known = EnumSet.noneOf(RouteFlag.class);
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            RouteFlag f = switch (c) {
                case 'U' -> RouteFlag.UP;
                case 'G' -> RouteFlag.GATEWAY;
                case 'H' -> RouteFlag.HOST;
                case '!' -> RouteFlag.REJECT;
                case 'D' -> family == AddressFamily.INET ? RouteFlag.DYNAMIC : null;
                case 'M' -> family == AddressFamily.INET ? RouteFlag.MODIFIED : null;
                case 'm' -> family == AddressFamily.INET6 ? RouteFlag.MODIFIED : null;
                default -> null;
            };
            if (f != null) {
                known.add(f);
            } else {
                unknown.append(c);
            }
        }
        return new RouteFlags(text, known, unknown.toString());
    }

    /**
     * The numeric flags of the /proc files, text kept as printed. Bits without a BSD counterpart are reported in
     * {@code unknown} as a hex number ({@code 0x80200000}), since there are no letters to keep.
     */
    static RouteFlags fromBits(String text, long bits) {
        EnumSet<RouteFlag> known = EnumSet.noneOf(RouteFlag.class);
        long rest = bits;
        rest = take(known, rest, RTF_UP, RouteFlag.UP);
        rest = take(known, rest, RTF_GATEWAY, RouteFlag.GATEWAY);
        rest = take(known, rest, RTF_HOST, RouteFlag.HOST);
        rest = take(known, rest, RTF_DYNAMIC, RouteFlag.DYNAMIC);
        rest = take(known, rest, RTF_MODIFIED, RouteFlag.MODIFIED);
        rest = take(known, rest, RTF_REJECT, RouteFlag.REJECT);
        return new RouteFlags(text, known, rest == 0 ? "" : "0x" + Long.toHexString(rest));
    }

    private static long take(EnumSet<RouteFlag> known, long bits, int bit, RouteFlag flag) {
        if ((bits & bit) != 0) {
            known.add(flag);
            return bits & ~bit;
        }
        return bits;
    }
}
