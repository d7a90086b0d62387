package dev.routediff.parser.macos;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;

/**
 * Expands netstat's destination column back into a {@link Prefix} (reference §4 and §5).
 *
 * <p>IPv4 networks are printed with trailing zero octets dropped and the suffix left out when the mask is the
 * classful one, so {@code 127} is 127.0.0.0/8 and {@code 172.16/24} is 172.16.0.0/24. Library parsers read these as
 * {@code inet_aton} short forms ({@code 127} = 0.0.0.127), which is why this is done by hand here.
 *
 * <p>Every method throws {@link RowProblem} rather than guessing; names (output of {@code netstat -r} without
 * {@code -n}) get their own message because the fix is to rerun the command, not to edit the file.
 */
final class Destinations {

    static final String IPV4_EXPECTED = "expected an IPv4 destination such as 10.0.0.0/16";
    static final String IPV6_EXPECTED = "expected an IPv6 destination such as fe80::%en0/64";

    private Destinations() {
    }

    /** An IPv4 destination; {@code host} is the route's H flag, which turns a bare address into a /32. */
    static Prefix ipv4(String token, boolean host) {
        if (token.equals("default")) {
            return Prefix.DEFAULT_V4;
        }
        int suffixAt = indexOfSuffix(token);
        String dotted = suffixAt < 0 ? token : token.substring(0, suffixAt);
        int octets = countOctets(dotted);
        long value = octets < 0 ? -1 : parseDotted(dotted);
        if (value < 0) {
            throw bad(token, IPV4_EXPECTED);
        }
        IpAddress address = IpAddress.ipv4(value);
        if (suffixAt >= 0 && token.charAt(suffixAt) == '&') {
            return irregular(token, suffixAt, address);
        }
        int length;
        if (suffixAt >= 0) {
            length = Prefix.parseLength(token.substring(suffixAt + 1), 32);
            if (length < 0) {
                throw bad(token, IPV4_EXPECTED);
            }
        } else if (host || octets == 4) {
            length = 32;
        } else {
            length = classfulLength(value);
        }
        return checkedPrefix(token, address, length, IPV4_EXPECTED);
    }

    /** An IPv6 destination: {@code default}, or {@code addr[%scope][/len]}; no /len means a host route (H). */
    static Prefix ipv6(String token, boolean host) {
        if (token.equals("default")) {
            return Prefix.DEFAULT_V6;
        }
        int slash = token.lastIndexOf('/');
        String text = slash < 0 ? token : token.substring(0, slash);
        IpAddress address = text.indexOf(':') < 0 ? null : IpAddress.tryParse(text);
        if (address == null) {
            if (Names.looksLikeName(token)) {
                throw new RowProblem(Names.refusal(token));
            }
            throw bad(token, IPV6_EXPECTED);
        }
        if (slash >= 0) {
            int length = Prefix.parseLength(token.substring(slash + 1), 128);
            if (length < 0) {
                throw bad(token, IPV6_EXPECTED);
            }
            return checkedPrefix(token, address, length, IPV6_EXPECTED);
        }
        if (!host) {
            // With -n a network always carries /len; without -n it never does, and the length is lost.
            throw new RowProblem("expected an IPv6 network with a /length, found '" + token
                    + "' without one and without the H flag: this is netstat -r output without -n, whose"
                    + " prefix lengths are not printed; run netstat -rn instead");
        }
        return Prefix.host(address);
    }

    /** 0–127 → /8, 128–191 → /16, 192–255 → /24 (classes D and E use the class C rule in netstat). */
    static int classfulLength(long value) {
        long first = value >>> 24;
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }

    private static Prefix irregular(String token, int suffixAt, IpAddress address) {
        String mask = token.substring(suffixAt + 1);
        if (!isHexMask(mask)) {
            throw bad(token, IPV4_EXPECTED);
        }
        // netstat cuts this suffix to 7 characters, so the mask may be incomplete: keep the text, never round it.
        return new Prefix(address, -1, mask);
    }

    private static boolean isHexMask(String s) {
        if (s.length() < 3 || !s.startsWith("0x")) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A kernel route key is always masked, so set host bits mean the text is not netstat's: refuse it. */
    private static Prefix checkedPrefix(String token, IpAddress address, int length, String expected) {
        IpAddress masked = address.masked(length);
        if (masked.high() != address.high() || masked.low() != address.low()) {
            throw new RowProblem(expected + ", found '" + token + "' (address bits set beyond /" + length + ")");
        }
        return Prefix.of(address, length);
    }

    private static int indexOfSuffix(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '/' || c == '&') {
                return i;
            }
        }
        return -1;
    }

    /** Number of dot-separated parts (1..4), or -1 when there are more or an empty one. */
    private static int countOctets(String dotted) {
        if (dotted.isEmpty() || dotted.charAt(0) == '.' || dotted.charAt(dotted.length() - 1) == '.') {
            return -1;
        }
        int parts = 1;
        for (int i = 0; i < dotted.length(); i++) {
            if (dotted.charAt(i) == '.') {
                if (dotted.charAt(i - 1) == '.') {
                    return -1;
                }
                parts++;
            }
        }
        return parts <= 4 ? parts : -1;
    }

    /** The 1–4 printed octets, padded on the right with zero octets; -1 when an octet is not 0..255. */
    private static long parseDotted(String dotted) {
        long value = 0;
        int octets = 0;
        int i = 0;
        while (i < dotted.length()) {
            int start = i;
            int octet = 0;
            while (i < dotted.length() && dotted.charAt(i) != '.') {
                char c = dotted.charAt(i);
                if (c < '0' || c > '9' || i - start >= 3) {
                    return -1;
                }
                octet = octet * 10 + (c - '0');
                i++;
            }
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            i++;
        }
        return value << (8 * (4 - octets));
    }

    private static RowProblem bad(String token, String expected) {
        if (Names.looksLikeName(token)) {
            return new RowProblem(Names.refusal(token));
        }
        return new RowProblem(expected + ", found '" + token + "'");
    }
}
