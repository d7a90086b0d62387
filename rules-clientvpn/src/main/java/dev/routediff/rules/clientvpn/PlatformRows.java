package dev.routediff.rules.clientvpn;

import static dev.routediff.core.rules.Platform.LINUX;
import static dev.routediff.core.rules.Platform.MACOS;
import static dev.routediff.core.rules.Platform.WINDOWS;
import static dev.routediff.core.rules.RowForm.inferred;
import static dev.routediff.core.rules.RowForm.observed;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.RowForm;
import dev.routediff.rules.openvpn.OpenVpnRule;
import dev.routediff.rules.openvpn.Prefixes;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS rules' rows on each platform. The rules decide on macOS terms (the field report's platform); this turns
 * their rows into what {@code ip route} / {@code route -n} and {@code route print} show, as the OpenVPN model
 * ({@link OpenVpnRule}) says the same mechanism prints there.
 */
final class PlatformRows {

    static final String ON_LINK = "On-link";

    private PlatformRows() {
    }

    /** Each AWS rule's row forms: those of the OpenVPN rule it is, or its own. */
    static List<RowForm> forms(ClientVpnRule rule) {
        return switch (rule) {
            case CLIENT_HOST -> OpenVpnRule.CLIENT_HOST.forms();
            case TUNNEL_SUBNET -> OpenVpnRule.TUNNEL_SUBNET.forms();
            case PUSHED_ROUTE -> OpenVpnRule.PUSHED_ROUTE.forms();
            case ENDPOINT_BYPASS -> OpenVpnRule.REMOTE_HOST.forms();
            case LOWER_HALF -> OpenVpnRule.DEF1_LOWER.forms();
            case UPPER_HALF -> OpenVpnRule.DEF1_UPPER.forms();
            case BLOCK_LOCAL -> OpenVpnRule.BLOCK_LOCAL.forms();
            case REDIRECT_DEFAULT -> OpenVpnRule.REDIRECT_DEFAULT.forms();
            case INTERFACE_ROWS -> OpenVpnRule.INTERFACE_ROWS.forms();
            case BYPASS_DHCP -> OpenVpnRule.BYPASS_DHCP.forms();
            case DEFAULT_NOT_INSTALLED -> List.of(observed(MACOS, "none: 0.0.0.0/0 not installed (File exists)"),
                    inferred(LINUX, "none when a default of the same metric exists; installed when the existing "
                            + "default has a higher metric (NetworkManager 100/600)"),
                    inferred(WINDOWS, "0.0.0.0  0.0.0.0  R  C  metric installed beside the LAN default (normn: the "
                            + "client then loops connect/disconnect)"));
            case LAN_ROUTE_COLLISION -> List.of(observed(MACOS, "none: D not installed beside the LAN's D (File exists)"),
                    inferred(LINUX, "none: RTNETLINK answers: File exists"),
                    inferred(WINDOWS, "installed beside the LAN's row; the lower metric wins"));
            case ROUTE_ENFORCEMENT -> List.of(inferred(MACOS, "the local row removed"),
                    inferred(LINUX, "the local row removed"), inferred(WINDOWS, "the local row removed"));
        };
    }

    /** The tunnel interface as the platform names it: utunN, tun0, or on Windows the adapter's address. */
    static String tunnel(Platform platform, IpAddress client) {
        return switch (platform) {
            case MACOS -> Symbols.TUNNEL_INTERFACE;
            case LINUX -> "tun0";
            case WINDOWS -> client == null ? "tunnel adapter" : client.toString();
        };
    }

    /**
     * The macOS rows of a prediction as {@code platform} prints them. {@code tunnelName} is the observed tunnel
     * interface when there is one (explain), else null.
     */
    static List<Expectation> adapt(List<Expectation> macos, Platform platform, IpAddress client, String tunnelName) {
        if (platform == MACOS) {
            return macos;
        }
        String tun = tunnelName != null ? tunnelName : tunnel(platform, client);
        List<Expectation> out = new ArrayList<>();
        for (Expectation e : macos) {
            String iface = e.iface().equals(Symbols.TUNNEL_INTERFACE) ? tun : e.iface();
            switch (e.rule()) {
                case CLIENT_HOST -> {
                    if (platform == WINDOWS) {
                        out.add(e.with(ON_LINK, iface, "Windows adds an on-link /32 for the adapter's address"));
                    }
                }
                case TUNNEL_SUBNET -> {
                    boolean windows = platform == WINDOWS;
                    out.add(e.with(windows ? ON_LINK : tun, iface, windows
                            ? "Windows' on-link route for the adapter's subnet (report rule 2)"
                            : "the kernel's connected route for the address OpenVPN assigns (report rule 2)"));
                    if (windows) {
                        Prefix n = e.destination();
                        Prefix b = n == null ? null : Prefix.host(Prefixes.broadcast(n));
                        out.add(new Expectation(ClientVpnRule.TUNNEL_SUBNET, e.change(), b,
                                b == null ? "broadcast of #2" : b.toString(), null, ON_LINK, iface,
                                "Windows' on-link route for the subnet's broadcast address", e.conditional()));
                        out.add(new Expectation(ClientVpnRule.INTERFACE_ROWS, e.change(), Prefix.parse("224.0.0.0/4"),
                                "224.0.0.0/4", null, ON_LINK, iface, "Windows' multicast row for the new adapter",
                                e.conditional()));
                        out.add(new Expectation(ClientVpnRule.INTERFACE_ROWS, e.change(),
                                Prefix.parse("255.255.255.255/32"), "255.255.255.255/32", null, ON_LINK, iface,
                                "Windows' limited-broadcast row for the new adapter", e.conditional()));
                    }
                }
                default -> out.add(e.with(e.gatewayText(), iface, e.why()));
            }
        }
        return out;
    }
}
