package dev.routediff.parser.macos;

/**
 * Recognises the host and network names that {@code netstat -r} prints without {@code -n}. They are resolved
 * (and cut to 18 characters) by netstat, so they cannot be turned back into addresses: the input is refused.
 */
final class Names {

    private Names() {
    }

    static String refusal(String token) {
        return "expected numeric addresses, found the name '" + token + "': this is netstat -r output without -n,"
                + " whose host and network names (cut to 18 characters) cannot be turned back into addresses;"
                + " run netstat -rn instead";
    }

    /**
     * A destination with a letter is a name: the only letters a numeric destination can hold are in
     * {@code default}, in IPv6 hex digits, in a {@code %scope} and in an {@code &0x} mask, all handled by the
     * callers before they ask.
     */
    static boolean looksLikeName(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '%' || c == '&') {
                return false;
            }
            if (Character.isLetter(c) && Character.digit(c, 16) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dotted gateway with a letter beyond hex and no colon is a DNS name ({@code dsldevice.attlocal}): link-layer
     * text ({@code 16.7d.da.9a.15.64}) is hex only, and named link text has a colon. A bare word such as
     * {@code localhost} or {@code foo} cannot be told from an odd gateway, so it is left to the destination check.
     */
    static boolean isDottedHostName(String gateway) {
        if (gateway.indexOf('.') < 0 || gateway.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < gateway.length(); i++) {
            char c = gateway.charAt(i);
            if (Character.isLetter(c) && Character.digit(c, 16) < 0) {
                return true;
            }
        }
        return false;
    }
}
