package dev.routediff.rules.clientvpn;

import dev.routediff.core.rules.Rule;
import dev.routediff.core.rules.RuleInfo;
import java.util.List;

/**
 * The rules of the AWS Client VPN rule set. Ids 1 to 6 keep the numbers of the field report that found them
 * (Classmethod DevelopersIO, 2022-03-24, "BLOG" below); later rules come from the verified reference
 * ({@code clientvpn-routing.md}) and take the next numbers; 11-13 came with the platforms of the OpenVPN model. Source keys: BLOG, A1/U1 (archived AWS admin and user
 * guides), OV/OV245 (OpenVPN master / 2.4.5), BC (botocore EC2 model), AWS page names as in the reference.
 */
public enum ClientVpnRule implements Rule {

    CLIENT_HOST("1", "client-host",
            "The assigned client IP C is added as a host route to itself on the tunnel (C -> C, UH on utunN).",
            "BLOG (rule 1); OV245 tun.c 1360-1370, OV tun.c 1443-1447: the utun is configured point-to-point with "
                    + "the peer equal to C, the kernel installs the host route",
            List.of("macOS")),
    TUNNEL_SUBNET("2", "tunnel-subnet",
            "The tunnel subnet N, the /27 (tunnel-prefix) containing C, is routed to C.",
            "BLOG (rule 2, every try was /27); OV245 tun.c 1389-1398, OV tun.c 1457-1465; U1 linux-troubleshooting "
                    + "(AWS log: ifconfig 10.0.0.98 255.255.255.224); the /27 itself is undocumented (reference 5.1)",
            List.of("macOS")),
    PUSHED_ROUTE("3", "pushed-route",
            "Split tunnel on: each endpoint route-table destination D is routed to R, the first host of N.",
            "BLOG (rule 3); A1 split-tunnel-vpn.md; OV route.c 386-393 and the --route man page (the gateway "
                    + "defaults to route-gateway, which AWS sets to R)",
            List.of("macOS")),
    ENDPOINT_BYPASS("4", "endpoint-bypass",
            "Split tunnel off (or block-local): the endpoint public IP S is routed as S/32 to the original "
                    + "default gateway L.",
            "BLOG (rule 4); OV route.c 993-1000, OV245 route.c 1027-1036, OV init.c 1458-1459 (redirect-gateway "
                    + "without local); row form seen in orbstack/orbstack#1323",
            List.of("macOS")),
    LOWER_HALF("5", "redirect-lower-half",
            "Split tunnel off: 0.0.0.0/1 is routed to R (redirect-gateway def1); the original default stays.",
            "BLOG (rule 5); U1 linux-troubleshooting (PUSH_REPLY redirect-gateway def1 bypass-dhcp); "
                    + "OV route.c 1018-1030, OV245 route.c 1052-1070; hateblo 2020-05-02 (0/1 on utun2)",
            List.of("macOS")),
    UPPER_HALF("6", "redirect-upper-half",
            "Split tunnel off: 128.0.0.0/1 is routed to R (redirect-gateway def1).",
            "BLOG (rule 6); same code as rule 5 (OV route.c 1018-1030); no capture shows the row (inferred)",
            List.of()),
    DEFAULT_NOT_INSTALLED("7", "default-route-not-installed",
            "Split tunnel on: a 0.0.0.0/0 in the endpoint route table is not installed on macOS (skipped).",
            "BLOG (0.0.0.0/0 was not added); split-tunnel-vpn page (not recommended); reference 5.6: macOS already "
                    + "has an unscoped default, so route add fails with File exists (inferred mechanism)",
            List.of("macOS")),
    LAN_ROUTE_COLLISION("8", "lan-route-collision",
            "A pushed route whose destination equals an existing route of the device fails to install (skipped).",
            "OpenVPN/openvpn#455 (pushed 10.10/22 equal to a LAN route on en0 is not installed); "
                    + "adrienverge/openfortivpn#771 (macOS route add: File exists); reference 5.5",
            List.of("macOS")),
    BLOCK_LOCAL("9", "block-local",
            "A device LAN outside 10/8, 172.16/12, 192.168/16, 169.254/16 makes the endpoint push redirect-gateway "
                    + "block-local: each LAN on the gateway interface is covered by its two halves via R and, "
                    + "without def1 (split tunnel), the default via L is replaced by 0.0.0.0/0 via R.",
            "what-is-best-practices and routing-to-lan pages; OV route.c add_block_local (L/32 on-link) and "
                    + "add_block_local_item (two halves per gateway-interface subnet), called from "
                    + "redirect_default_route_to_vpn when RG_BLOCK_LOCAL is set; the default replaced without def1 is "
                    + "that function's non-def1 branch (rule 11); rows in orbstack/orbstack#1323; reference 5.3",
            List.of("macOS")),
    ROUTE_ENFORCEMENT("10", "client-route-enforcement",
            "ClientRouteEnforcementOptions.Enforced: local routes of the main table that lie inside a VPN "
                    + "destination are removed while connected.",
            "cvpn-working-cre page (example: VPN 172.31.0.0/16 removes local 172.31.1.0/24), ipv6-considerations "
                    + "page, BC ClientRouteEnforcementOptions; reference 5.4; which routes count as local is inferred",
            List.of()),
    REDIRECT_DEFAULT("11", "redirect-default",
            "Full tunnel without def1: the default via L is deleted and 0.0.0.0/0 goes to R (the form a public "
                    + "macOS table from the AWS client shows, beside the endpoint /32 via L).",
            "OV route.c redirect_default_route_to_vpn without RG_DEF1 (del_route3 of the default via the gateway, "
                    + "add_route3 of 0.0.0.0/0 via remote_endpoint); split-tunnel-vpn page (\"overwrites the route "
                    + "table with 0.0.0.0/0\"); rows in orbstack/orbstack#1323",
            List.of("macOS")),
    INTERFACE_ROWS("12", "interface-rows",
            "The operating system's own multicast and limited-broadcast rows for the tunnel adapter.",
            "not the client's: Windows adds 224.0.0.0/4 and 255.255.255.255/32 on-link for every adapter address",
            List.of("Windows")),
    BYPASS_DHCP("13", "bypass-dhcp",
            "Windows, full tunnel: a /32 to the adapter's DHCP server via L when that server is off the local subnet "
                    + "(AWS pushes redirect-gateway def1 bypass-dhcp).",
            "U1 linux-troubleshooting (PUSH_REPLY redirect-gateway def1 bypass-dhcp); OV route.c add_bypass_routes, "
                    + "get_bypass_addresses is empty outside Windows (reference 5.2)",
            List.of());

    private final String id;
    private final String ruleName;
    private final String summary;
    private final String source;
    private final List<String> observedOn;

    ClientVpnRule(String id, String ruleName, String summary, String source, List<String> observedOn) {
        this.id = id;
        this.ruleName = ruleName;
        this.summary = summary;
        this.source = source;
        this.observedOn = observedOn;
    }

    public String id() {
        return id;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(id, ruleName, summary, source, observedOn, PlatformRows.forms(this));
    }
}
