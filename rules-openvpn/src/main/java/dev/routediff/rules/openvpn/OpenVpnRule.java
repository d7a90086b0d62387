package dev.routediff.rules.openvpn;

import static dev.routediff.core.rules.Platform.LINUX;
import static dev.routediff.core.rules.Platform.MACOS;
import static dev.routediff.core.rules.Platform.WINDOWS;
import static dev.routediff.core.rules.RowForm.inferred;
import static dev.routediff.core.rules.RowForm.observed;

import dev.routediff.core.rules.RowForm;
import dev.routediff.core.rules.Rule;
import dev.routediff.core.rules.RuleInfo;
import java.util.List;

/**
 * The routes an OpenVPN 2.x client installs, one rule per mechanism, with the row each gives on macOS
 * ({@code netstat -rn}), Linux ({@code ip route}; {@code route -n}) and Windows ({@code route print}). Sources name
 * the function in OpenVPN's {@code src/openvpn/route.c} and {@code tun.c} (OpenVPN/openvpn, 2.4.5 as the AWS client
 * embeds it and master); a form nobody has shown in a captured table is marked inferred. Symbols: C the assigned
 * address, P the p2p peer (net30), N the tunnel subnet, B its broadcast, R the route-gateway (P in net30), L the
 * original default gateway and its interface, S the server's public address, D a pushed route.
 */
public enum OpenVpnRule implements Rule {

    CLIENT_HOST("1", "client-host",
            "topology subnet: the assigned address C gets a host row on the tunnel.",
            "tun.c do_ifconfig (2.4.5) / do_ifconfig_ipv4 (master), Darwin branch: ifconfig utunN C C netmask M "
                    + "(point-to-point with the peer equal to C), so the kernel installs C -> C; Windows adds an "
                    + "on-link /32 for every address of an adapter",
            List.of(observed(MACOS, "C  C  UH  utunN"),
                    inferred(LINUX, "none in the main table (local C dev tun0 is in table local)"),
                    observed(WINDOWS, "C  255.255.255.255  On-link  C  metric"))),
    TUNNEL_SUBNET("2", "tunnel-subnet",
            "topology subnet: the tunnel subnet N (the pushed ifconfig netmask) is routed to the tunnel.",
            "tun.c do_ifconfig / do_ifconfig_ipv4: Darwin adds N via C with add_route; Linux assigns C/len "
                    + "(ip addr add, net_addr_v4_add) and the kernel adds the connected route; Windows' adapter "
                    + "gets C/len from the DHCP masquerade (ip-win32 dynamic) and adds the on-link subnet and "
                    + "broadcast rows",
            List.of(observed(MACOS, "N/len  C  UGSc  utunN"),
                    observed(LINUX, "N/len dev tun0 proto kernel scope link src C; route -n: N  0.0.0.0  M  U  tun0"),
                    observed(WINDOWS, "N  M  On-link  C  metric; B  255.255.255.255  On-link  C  metric"))),
    P2P_PEER("3", "p2p-peer",
            "topology net30 or p2p: the peer P (ifconfig's second address, not C) gets a host row on the tunnel.",
            "tun.c do_ifconfig / do_ifconfig_ipv4: ifconfig utunN C P (macOS), ip addr add local C peer P "
                    + "(net_addr_ptp_v4_add, Linux); the kernel routes P to the interface. Windows has no p2p "
                    + "adapter: net30 gives the adapter a /30 (tun.c verify_255_255_255_252), whose rows are "
                    + "tunnel-subnet's",
            List.of(observed(MACOS, "P  C  UH  utunN (OpenVPN/openvpn#455)"),
                    inferred(LINUX, "P dev tun0 proto kernel scope link src C; route -n: P  0.0.0.0  "
                            + "255.255.255.255  UH  tun0"),
                    inferred(WINDOWS, "the /30's rows, as tunnel-subnet"))),
    PUSHED_ROUTE("4", "pushed-route",
            "Each pushed or configured route D goes to the route-gateway R (the peer P in net30).",
            "route.c add_routes -> add_route for each --route; init_route: a route without a gateway takes "
                    + "route-gateway (rl->spec.remote_endpoint), which init.c do_init_route_list takes from "
                    + "--route-gateway or, for net30/p2p, ifconfig's second address",
            List.of(observed(MACOS, "D/len  R  UGSc  utunN"),
                    observed(LINUX, "D/len via R dev tun0; route -n: D  R  M  UG  tun0"),
                    observed(WINDOWS, "D  M  R  C  metric"))),
    REMOTE_HOST("5", "remote-host",
            "redirect-gateway without local: the server's public address S is routed as a /32 to the original "
                    + "gateway L, so the tunnel's own packets do not enter the tunnel.",
            "route.c redirect_default_route_to_vpn: add_route3(remote_host, 255.255.255.255, rgi gateway) unless "
                    + "RG_LOCAL (autolocal: test_local_addr)",
            List.of(observed(MACOS, "S/32  L  UGSc  en0"),
                    observed(LINUX, "S via L dev eth0; route -n: S  L  255.255.255.255  UGH  eth0"),
                    observed(WINDOWS, "S  255.255.255.255  L  L's interface  metric"))),
    DEF1_LOWER("6", "def1-lower-half",
            "redirect-gateway def1: 0.0.0.0/1 goes to R; the original default stays.",
            "route.c redirect_default_route_to_vpn, RG_DEF1 branch: add_route3(0.0.0.0, 128.0.0.0, remote_endpoint)",
            List.of(observed(MACOS, "0/1  R  UGSc  utunN"),
                    observed(LINUX, "0.0.0.0/1 via R dev tun0; route -n: 0.0.0.0  R  128.0.0.0  UG  tun0"),
                    observed(WINDOWS, "0.0.0.0  128.0.0.0  R  C  metric"))),
    DEF1_UPPER("7", "def1-upper-half",
            "redirect-gateway def1: 128.0.0.0/1 goes to R.",
            "route.c redirect_default_route_to_vpn, RG_DEF1 branch: add_route3(128.0.0.0, 128.0.0.0, remote_endpoint)",
            List.of(inferred(MACOS, "128.0/1  R  UGSc  utunN"),
                    observed(LINUX, "128.0.0.0/1 via R dev tun0; route -n: 128.0.0.0  R  128.0.0.0  UG  tun0"),
                    observed(WINDOWS, "128.0.0.0  128.0.0.0  R  C  metric"))),
    REDIRECT_DEFAULT("8", "redirect-default",
            "redirect-gateway without def1: the default via L is deleted and 0.0.0.0/0 goes to R.",
            "route.c redirect_default_route_to_vpn, without RG_DEF1: del_route3(0.0.0.0, 0.0.0.0, rgi gateway) then "
                    + "add_route3(0.0.0.0, 0.0.0.0, remote_endpoint)",
            List.of(observed(MACOS, "default  R  UGScg  utunN, and default  L  UGScg  en0 gone (orbstack/orbstack#1323)"),
                    observed(LINUX, "default via R dev tun0, and default via L dev eth0 gone (OpenVPN/openvpn#850)"),
                    inferred(WINDOWS, "0.0.0.0  0.0.0.0  R  C  metric, and 0.0.0.0  0.0.0.0  L  … gone"))),
    BLOCK_LOCAL("9", "block-local",
            "redirect-gateway block-local: each LAN on L's interface is covered by its two halves via R, and L "
                    + "keeps an on-link /32.",
            "route.c add_block_local (L/32 on-link via add_route3 with the gateway's interface) and "
                    + "add_block_local_item (each subnet of the gateway interface split into two halves via "
                    + "remote_endpoint); skipped when the gateway subnet is a /32 or S is on it",
            List.of(observed(MACOS, "LAN halves  R  UGSc  utunN; L/32  link#N  UCS  en0 (orbstack/orbstack#1323)"),
                    inferred(LINUX, "LAN halves via R dev tun0; L dev eth0 scope link"),
                    inferred(WINDOWS, "LAN halves  R  C; L  255.255.255.255  On-link  L's interface"))),
    BYPASS_DHCP("10", "bypass-dhcp",
            "redirect-gateway bypass-dhcp (Windows only): a /32 to the adapter's DHCP server via L when the server "
                    + "is off the local subnet.",
            "route.c add_bypass_routes with get_bypass_addresses, which is empty on every platform but Windows",
            List.of(inferred(MACOS, "none (no bypass addresses outside Windows)"),
                    inferred(LINUX, "none (no bypass addresses outside Windows)"),
                    inferred(WINDOWS, "DHCP server  255.255.255.255  L  L's interface  metric"))),
    ROUTE_IPV6("11", "route-ipv6",
            "Each pushed or configured IPv6 route goes into the tunnel.",
            "route.c add_routes -> add_route_ipv6 for each --route-ipv6 (gateway: ifconfig-ipv6's remote, or the "
                    + "interface)",
            List.of(inferred(MACOS, "D/len  fe80::…%utunN or link#N  UGSc  utunN"),
                    observed(LINUX, "D/len dev tun0 metric 1024 (OpenVPN/openvpn#850)"),
                    inferred(WINDOWS, "If  Metric  D/len  On-link"))),
    INTERFACE_ROWS("12", "interface-rows",
            "The operating system's own rows for a new interface: multicast and limited broadcast.",
            "not OpenVPN's: Windows adds 224.0.0.0/4 and 255.255.255.255/32 on-link for every adapter address; "
                    + "macOS may add interface-scoped 224.0.0/4 and 255.255.255.255/32 rows for the utun",
            List.of(inferred(MACOS, "224.0.0/4  link#N  UmCSI  utunN; 255.255.255.255/32  link#N  UCSI  utunN"),
                    inferred(LINUX, "none in the main table"),
                    observed(WINDOWS, "224.0.0.0  240.0.0.0  On-link  C; 255.255.255.255  255.255.255.255  On-link  C")));

    private final String id;
    private final String ruleName;
    private final String summary;
    private final String source;
    private final List<RowForm> forms;

    OpenVpnRule(String id, String ruleName, String summary, String source, List<RowForm> forms) {
        this.id = id;
        this.ruleName = ruleName;
        this.summary = summary;
        this.source = source;
        this.forms = forms;
    }

    public String id() {
        return id;
    }

    public String ruleName() {
        return ruleName;
    }

    public List<RowForm> forms() {
        return forms;
    }

    public String source() {
        return source;
    }

    @Override
    public RuleInfo info() {
        List<String> observedOn = forms.stream().filter(f -> !f.inferred()).map(f -> f.platform().label()).toList();
        return new RuleInfo(id, ruleName, summary, source, observedOn, forms);
    }
}
