package dev.routediff.parser.linux;

import dev.routediff.core.testkit.GoldenJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every parsable Linux sample against its reviewed JSON, read by the parser that owns its format. */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "centos-7.7__ip_route.out",
            "ubuntu-18.04__ip_route.out",
            "ntc-templates__linux_ip_route_show.raw",
            "ntc-templates__linux_ip_route_show2.raw",
            "ntc-templates__linux_ip_route_show_linkdown.raw",
            "this-host__ip_route.out",
            "this-host__ip-6_route.out",
            "this-host__ip_route_show_table_all.out",
            "this-host__ip-6_route_show_table_all.out",
            "this-host-extra__ip_route.out",
            "this-host-extra__ip-6_route.out",
            "this-host__ip-d_route.out",
            "this-host__ip-d-6_route.out",
            "centos-7.7__netstat-rne.out",
            "centos-7.7__netstat-rnee.out",
            "centos-7.7__route-6-n.out",
            "centos-7.7__route-vn.out",
            "ubuntu-18.04__netstat-rne.out",
            "ubuntu-18.04__netstat-rnee.out",
            "ubuntu-18.04__route-vn.out",
            "this-host__route-n.out",
            "this-host__route-6-n.out",
            "this-host__route-nee.out",
            "this-host__netstat-rn.out",
            "this-host__netstat-rne.out",
            "this-host__netstat-rnee.out",
            "this-host__netstat-6-rn.out",
            "this-host-extra__route-n.out",
            "this-host-extra__route-6-n.out",
            "this-host-extra__netstat-rn.out",
            "this-host-extra__netstat-rnee.out",
            "linux-proc__net_route",
            "jackpal-gateway__linux.txt",
            "this-host__proc_net_route",
            "this-host-extra__proc_net_route",
            "linux-proc__net_ipv6_route",
            "this-host__proc_net_ipv6_route",
            "this-host-extra__proc_net_ipv6_route",
            "wg-quick-netns__ip_rule_ip-6_rule_ip_route_show_table_all.out",
            "wg-quick-netns__ip_rule_ip-6_rule.out",
            "tailscale-netns__ip_rule_ip-6_rule_ip_route_show_table_all.out",
    })
    void matchesReviewedGolden(String fixture) {
        GoldenJson.assertMatches(Fixtures.GOLDEN.resolve(fixture + ".json"),
                Fixtures.parseFile(Fixtures.ownerOf(fixture), fixture));
    }
}
