package dev.routediff.rules.wireguard;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.rules.RuleOption;
import dev.routediff.core.rules.RuleOption.Kind;
import java.util.List;

/**
 * The {@link RuleSettings} this rule set reads, checked, and the default gateways wg-quick would find.
 *
 * @param platform  which wg-quick script
 * @param config    the configuration file read, or null (then the rules are shown symbolically)
 * @param gatewaysKnown true when a table before or a default-gateway setting says what the gateways are
 * @param gateway4  IPv4 default gateway and its interface (null: none), meaningful when gatewaysKnown
 * @param gateway6  IPv6 default gateway likewise
 */
record WgSettings(Platform platform, WgConfig config, boolean gatewaysKnown, Hop gateway4, Hop gateway6) {

    /** Names read from {@link RuleSettings}; others are ignored. */
    static final List<String> NAMES = List.of("config", "platform", "default-gateway", "default-gateway6");

    /** The settings as the command line offers them ({@code --config} …), with their help. */
    static final List<RuleOption> OPTIONS = List.of(
            RuleOption.of("config", Kind.FILE, "FILE", "The wg-quick configuration file (wg0.conf)."),
            RuleOption.of("platform", Kind.TEXT, "OS", "Which wg-quick script to model: macos or linux (default macos)."),
            RuleOption.of("default-gateway", Kind.ADDRESS, "IP", "The device's default gateway before connecting."),
            RuleOption.of("default-gateway6", Kind.ADDRESS, "IP",
                    "The device's IPv6 default gateway before connecting (fe80::1%en0)."));

    /** A default gateway as wg-quick passes it to route add -gateway, and the interface its row names. */
    record Hop(String gateway, String iface) {
    }

    static WgSettings from(RuleSettings settings, RouteTable before) {
        Platform platform = settings.get("platform").map(Platform::parse).orElse(Platform.MACOS);
        WgConfig config = settings.get("config").map(f -> WgConfig.read(f, platform)).orElse(null);
        String gw4 = settings.get("default-gateway").orElse(null);
        String gw6 = settings.get("default-gateway6").orElse(null);
        if (gw4 != null && (IpAddress.tryParse(gw4) == null || !IpAddress.tryParse(gw4).isIpv4())) {
            throw new RouteInputException("--default-gateway", "expected an IPv4 address such as 192.168.1.1, found '"
                    + gw4 + "'");
        }
        if (gw6 != null && (IpAddress.tryParse(gw6) == null || IpAddress.tryParse(gw6).isIpv4())) {
            throw new RouteInputException("default-gateway6", "expected an IPv6 address such as fe80::1%en0, found '"
                    + gw6 + "'");
        }
        boolean known = before != null || gw4 != null || gw6 != null;
        Hop hop4 = gw4 != null ? new Hop(gw4, "") : firstDefault(before, AddressFamily.INET);
        Hop hop6 = gw6 != null ? new Hop(gw6, "") : firstDefault(before, AddressFamily.INET6);
        if (gw4 != null && before != null && hop4.iface().isEmpty()) {
            Hop seen = firstDefault(before, AddressFamily.INET);
            hop4 = new Hop(gw4, seen != null && seen.gateway().equals(gw4) ? seen.iface() : "");
        }
        return new WgSettings(platform, config, known, hop4, hop6);
    }

    /**
     * darwin.bash collect_gateways: the first {@code default} row of netstat -nr whose gateway is not link#N, in
     * table order, scoped or not.
     */
    static Hop firstDefault(RouteTable table, AddressFamily family) {
        if (table == null) {
            return null;
        }
        for (Route r : table.section(family)) {
            if (r.destination().isDefault() && !(r.gateway() instanceof Gateway.Link)) {
                return new Hop(r.gateway().text(), r.iface());
            }
        }
        return null;
    }

    Hop gateway(AddressFamily family) {
        return family == AddressFamily.INET ? gateway4 : gateway6;
    }
}
