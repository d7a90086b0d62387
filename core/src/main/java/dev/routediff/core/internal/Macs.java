package dev.routediff.core.internal;

import dev.routediff.core.spi.Api;

/**
 * MAC gateways as BSD prints them (six colon-separated lower-case hex groups without leading zeros) and their 48-bit
 * values, the form the store keeps them in: one formatting for the store, the text views and the JSON writer.
 */
@Api(Api.Status.INTERNAL)
public final class Macs {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private Macs() {
    }

    /** Whether {@code text} is a MAC exactly as {@link #format} prints its value, so the value can stand for it. */
    public static boolean isCanonical(String text) {
        int groups = 0;
        int k = 0;
        while (k < text.length()) {
            int start = k;
            while (k < text.length() && k - start < 3 && isLowerHex(text.charAt(k))) {
                k++;
            }
            int digits = k - start;
            if (digits == 0 || digits > 2 || (digits == 2 && text.charAt(start) == '0')) {
                return false;
            }
            groups++;
            if (k == text.length()) {
                break;
            }
            if (text.charAt(k) != ':' || groups == 6) {
                return false;
            }
            k++;
            if (k == text.length()) {
                return false;
            }
        }
        return groups == 6;
    }

    private static boolean isLowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** The 48-bit value of a canonical MAC text. */
    public static long parse(String text) {
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

    public static String format(long v) {
        char[] b = new char[17];
        return new String(b, 0, write(b, 0, v));
    }

    /** Writes the text of {@code v} into {@code b} at {@code p}; returns the position after it (at most 17 on). */
    public static int write(char[] b, int p, long v) {
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) (v >>> shift) & 0xFF;
            if (octet >= 16) {
                b[p++] = HEX_DIGITS[octet >> 4];
            }
            b[p++] = HEX_DIGITS[octet & 0xF];
            if (shift > 0) {
                b[p++] = ':';
            }
        }
        return p;
    }
}
