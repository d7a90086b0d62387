package dev.routediff.rules.wireguard;

import dev.routediff.core.rules.Rule;
import dev.routediff.core.rules.RuleInfo;
import java.util.List;

/**
 * The rules of the wg-quick rule set. Source key WG: WireGuard/wireguard-tools {@code src/wg-quick/darwin.bash}
 * and {@code linux.bash} @ 025f00454fec8fd0816607a28c1ee6cd9a54b134, line numbers as the reference
 * ({@code clientvpn-routing.md} section 11) gives them. No capture of a wg-quick table backs any rule yet, so every
 * rule is read off the code and marked inferred (observed on nothing).
 */
public enum WireGuardRule implements Rule {

    ADDRESS_HOST("1", "address-host",
            "macOS: each IPv4 Address A becomes a host route A -> A on utunN (the utun is point-to-point with the "
                    + "peer equal to its own address).",
            "WG darwin.bash 165-171 (add_addr: ifconfig utunN inet A A alias); the host route itself is inferred, "
                    + "as for OpenVPN's client-host rule (reference section 11)"),
    DEFAULT_HALVES("2", "default-halves",
            "macOS: an AllowedIP /0 (Table unset or auto) becomes 0.0.0.0/1 and 128.0.0.0/1 -interface utunN "
                    + "(IPv6: ::/1 and 8000::/1); the original default stays.",
            "WG darwin.bash 349-370 (add_route, AUTO_ROUTE4/AUTO_ROUTE6); printed with the interface as gateway, "
                    + "0/1 utun6 UScg utun6 (reference section 11)"),
    ENDPOINT_VIA_GATEWAY("3", "endpoint-via-gateway",
            "macOS, with a /0 of that family: each peer endpoint E becomes a host route E -> G, G the first "
                    + "non-link# default gateway of netstat -nr before connecting.",
            "WG darwin.bash 193-210 (collect_gateways, collect_endpoints), 244-290 (set_endpoint_direct_route: "
                    + "route add -inet E -gateway G)"),
    ENDPOINT_BLACKHOLE("4", "endpoint-blackhole",
            "macOS, with a /0 of that family and no default gateway: each peer endpoint E becomes a blackhole "
                    + "host route via 127.0.0.1 (IPv6 ::1) \"to prevent routing loop\".",
            "WG darwin.bash 244-290 (route add -inet E 127.0.0.1 -blackhole)"),
    ALLOWED_IP("5", "allowed-ip",
            "macOS: every other AllowedIP, longest prefix first, becomes route add CIDR -interface utunN, skipped "
                    + "when route get already resolves it to utunN.",
            "WG darwin.bash 464 (sort -nr -k 2 -t /), 349-370 (add_route else branch)"),
    TABLE_OFF("6", "table-off",
            "Table = off: wg-quick adds no route at all (macOS and Linux).",
            "WG darwin.bash add_route first line, linux.bash add_route (reference section 11)"),
    LINUX_CONNECTED("7", "linux-connected",
            "Linux: each Address A/len with len below the host length gives the kernel's connected route for "
                    + "A's prefix, dev wg0 proto kernel scope link src A (and, in a dump of every table, local A "
                    + "dev wg0 table local).",
            "WG linux.bash 123 (ip address add A dev wg0); the connected route is the kernel's (inferred)"),
    LINUX_POLICY_DEFAULT("8", "linux-policy-default",
            "Linux: an AllowedIP /0 (Table unset or auto) goes to table T (51820 or the next free one) with ip "
                    + "rules 'not fwmark T lookup T' and 'table main suppress_prefixlength 0'; the main table "
                    + "does not change.",
            "WG linux.bash 213-250 (add_default)"),
    LINUX_ALLOWED_IP("9", "linux-allowed-ip",
            "Linux: every other AllowedIP, longest prefix first, becomes CIDR dev wg0 in the main table, skipped "
                    + "when a route on wg0 already matches it; Table = main adds every AllowedIP, the /0 too; "
                    + "Table = N puts them in table N.",
            "WG linux.bash 168-180 (add_route); the longest-first order is cmd_up's sort -nr -k 2 -t / (the "
                    + "reference says \"as listed\"; the code sorts)");

    private final String id;
    private final String ruleName;
    private final String summary;
    private final String source;

    WireGuardRule(String id, String ruleName, String summary, String source) {
        this.id = id;
        this.ruleName = ruleName;
        this.summary = summary;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String ruleName() {
        return ruleName;
    }

    @Override
    public RuleInfo info() {
        // Read off wg-quick's scripts: every row form is inferred (no captured table backs one yet).
        List<dev.routediff.core.rules.RowForm> forms = new java.util.ArrayList<>();
        if (!summary.startsWith("Linux")) {
            forms.add(dev.routediff.core.rules.RowForm.inferred(dev.routediff.core.rules.Platform.MACOS, summary));
        }
        if (!summary.startsWith("macOS")) {
            forms.add(dev.routediff.core.rules.RowForm.inferred(dev.routediff.core.rules.Platform.LINUX, summary));
        }
        return new RuleInfo(id, ruleName, summary, source, List.of(), forms);
    }
}
