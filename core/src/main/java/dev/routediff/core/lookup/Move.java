package dev.routediff.core.lookup;

import dev.routediff.core.model.Route;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the path to an address changed between two tables, judged by the interface alone: a new gateway on the same
 * interface is not a move, and "no route" counts as no interface.
 */
public enum Move {
    INTO_TUNNEL("into tunnel"),
    OUT_OF_TUNNEL("out of tunnel"),
    MOVED("moved");

    /** The interfaces VPN clients create on macOS and elsewhere: utun (AWS, WireGuard app), tun, ppp, ipsec, wg, tailscale. */
    private static final Pattern TUNNEL = Pattern.compile("(utun|tun|ppp|ipsec|wg|tailscale)[0-9]+");

    private final String label;

    Move(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isTunnel(String iface) {
        return TUNNEL.matcher(iface).matches();
    }

    /** The move from the route chosen before to the one chosen after; empty when the interface is the same. */
    public static Optional<Move> between(Optional<Route> before, Optional<Route> after) {
        String b = before.map(Route::iface).orElse("");
        String a = after.map(Route::iface).orElse("");
        if (before.isPresent() == after.isPresent() && a.equals(b)) {
            return Optional.empty();
        }
        if (isTunnel(a) && !isTunnel(b)) {
            return Optional.of(INTO_TUNNEL);
        }
        if (isTunnel(b) && !isTunnel(a)) {
            return Optional.of(OUT_OF_TUNNEL);
        }
        return Optional.of(MOVED);
    }
}
