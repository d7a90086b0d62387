package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tokens of one row into a {@link Route}, using the section's {@link Header}.
 *
 * <p>Token counts vary per row: Expire is printed only when set, Mtu is blank when 0 and RT_IFA ({@code -l} on
 * 10.15+) only when the route has an interface address. So a row is read from both ends (reference §3):
 * Destination and Gateway from the left; from the right, Expire and any later columns (numbers or {@code !})
 * up to Netif, the first token that is not one; what lies between is an optional RT_IFA, the Flags and the
 * numeric columns (Refs, Use, Mtu), of which only the last ones may be missing.
 */
final class Rows {

    /**
     * Values that repeat on most rows of one dump (a few dozen flag strings and interface names across a million
     * routes): shared so that a large table holds one copy of each instead of one per route.
     */
    static final class Shared {
        private final Map<String, RouteFlags> flags = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        RouteFlags flags(String text) {
            // get/put rather than computeIfAbsent(text, RouteFlags::parse): this runs in every parse, and the first
            // lambda of a run spins method-handle classes that cost milliseconds of start-up
            RouteFlags f = flags.get(text);
            if (f == null) {
                f = RouteFlags.parse(text);
                flags.put(text, f);
            }
            return f;
        }

        String name(String text) {
            String known = names.putIfAbsent(text, text);
            return known == null ? text : known;
        }
    }

    private Rows() {
    }

    static Route parse(List<String> t, Header h, int line) {
        return parse(t, h, line, new Shared());
    }

    static Route parse(List<String> t, Header h, int line, Shared shared) {
        if (t.size() < 4) {
            throw new RowProblem("expected at least 4 columns (Destination Gateway Flags Netif), found "
                    + t.size() + ": '" + String.join(" ", t) + "'");
        }
        int netif = t.size() - 1;
        while (netif > 2 && isNumberOrBang(t.get(netif))) {
            netif--;
        }
        if (netif == 2) {
            throw new RowProblem("expected Flags and a Netif name after the Gateway, found '"
                    + String.join(" ", t.subList(2, t.size())) + "'");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        int flagsAt = readMiddle(t, h, netif, attributes);
        Expire expire = readEnd(t, h, netif, attributes);

        RouteFlags flags = shared.flags(t.get(flagsAt));
        boolean host = flags.has(RouteFlag.HOST);
        String dest = t.get(0);
        Prefix destination = h.family() == AddressFamily.INET
                ? Destinations.ipv4(dest, host) : Destinations.ipv6(dest, host);
        String gw = t.get(1);
        if (Names.isDottedHostName(gw)) {
            throw new RowProblem(Names.refusal(gw));
        }
        return new Route(h.family(), destination, dest, host, Gateway.classify(gw), flags, shared.name(t.get(netif)),
                expire, line, attributes);
    }

    /** Reads [RT_IFA] Flags [Refs Use Mtu] between Gateway and Netif; returns the index of Flags. */
    private static int readMiddle(List<String> t, Header h, int netif, Map<String, String> attributes) {
        int words = 0;
        while (2 + words < netif && !Fields.isDigits(t.get(2 + words))) {
            words++;
        }
        int maxWords = h.rtIfa() >= 0 ? 2 : 1;
        if (words == 0 || words > maxWords) {
            throw new RowProblem("expected " + (maxWords == 2 ? "[RT_IFA] " : "") + "Flags between Gateway and "
                    + "Netif, found '" + String.join(" ", t.subList(2, netif)) + "'");
        }
        if (words == 2) {
            attributes.put("RT_IFA", t.get(2));
        }
        int flagsAt = 1 + words;
        if (!isFlagText(t.get(flagsAt))) {
            throw new RowProblem("expected route flags such as UGSc, found '" + t.get(flagsAt) + "'");
        }
        List<String> numericNames = h.numericColumns();
        int numbers = netif - flagsAt - 1;
        if (numbers > numericNames.size()) {
            throw new RowProblem("expected at most " + numericNames.size() + " numbers " + numericNames
                    + " between Flags and Netif, found '" + String.join(" ", t.subList(flagsAt + 1, netif)) + "'");
        }
        // Only Mtu is ever blank (when 0) and it comes last, so present values fill the columns from the left.
        for (int i = 0; i < numbers; i++) {
            String value = t.get(flagsAt + 1 + i);
            // netstat prints these as unsigned counters (Use reaches 2^64 - 1 on a long-lived route)
            if (!Fields.isDigits(value) || value.length() > 20) {
                throw new RowProblem("expected a whole number for " + numericNames.get(i) + ", found '" + value + "'");
            }
            attributes.put(numericNames.get(i), value);
        }
        return flagsAt;
    }

    /** Reads the optional Expire and any later columns after Netif. */
    private static Expire readEnd(List<String> t, Header h, int netif, Map<String, String> attributes) {
        List<String> later = h.trailingColumns();
        int after = t.size() - 1 - netif;
        int first = netif + 1;
        Expire expire = Expire.NONE;
        if (h.hasExpire() && after == later.size() + 1) {
            expire = expire(t.get(first));
            first++;
        } else if (after != later.size()) {
            throw new RowProblem("expected " + (h.hasExpire() ? "an optional Expire (seconds or '!')" : "nothing")
                    + (later.isEmpty() ? "" : " and " + later) + " after Netif '" + t.get(netif) + "', found '"
                    + String.join(" ", t.subList(netif + 1, t.size())) + "'");
        }
        for (int i = 0; i < later.size(); i++) {
            attributes.put(later.get(i), t.get(first + i));
        }
        return expire;
    }

    private static Expire expire(String token) {
        if (token.equals("!")) {
            return Expire.EXPIRED;
        }
        if (token.length() > 18 || !Fields.isDigits(token)) {
            throw new RowProblem("expected Expire in seconds or '!', found '" + token + "'");
        }
        return Expire.seconds(Long.parseLong(token));
    }

    private static boolean isNumberOrBang(String s) {
        return s.equals("!") || Fields.isDigits(s);
    }

    /** Flag letters and the digits 1, 2, 3; anything with punctuation is a misplaced address, not flags. */
    private static boolean isFlagText(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
