package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our tables against what jc expected for the same samples, field by field where jc is right. Where jc is wrong
 * (README, "jc"), the test pins the difference instead.
 */
class JcCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode jc(String fixture) throws IOException {
        String name = fixture.replaceFirst("(\\.out)?$", "") + ".json";
        return JSON.readTree(Fixtures.DIR.resolve(name).toFile());
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null ? null : v.asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"centos-7.7__ip_route.out", "ubuntu-18.04__ip_route.out"})
    void ipRoute(String fixture) throws IOException {
        RouteTable t = Fixtures.parseFile(Fixtures.IP_ROUTE, fixture);
        JsonNode rows = jc(fixture);
        assertEquals(rows.size(), t.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Route r = t.routes().get(i);
            assertEquals(text(row, "ip"), r.destinationRaw());
            assertEquals(text(row, "dev"), r.iface());
            String via = text(row, "via");
            assertEquals(via == null ? r.iface() : via, r.gateway().text());
            assertEquals(text(row, "metric"), r.metric() == null ? null : r.metric().toString());
            assertEquals(text(row, "src"), r.attributes().get("src"));
            assertEquals(text(row, "status"), r.attributes().get("flags"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"centos-7.7__route-vn.out", "ubuntu-18.04__route-vn.out", "centos-7.7__netstat-rne.out",
            "centos-7.7__netstat-rnee.out", "ubuntu-18.04__netstat-rne.out", "ubuntu-18.04__netstat-rnee.out"})
    void netToolsIpv4(String fixture) throws IOException {
        RouteTable t = Fixtures.parseFile(Fixtures.ROUTE, fixture);
        JsonNode rows = jc(fixture);
        assertEquals(rows.size(), t.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Route r = t.routes().get(i);
            assertEquals(text(row, "destination"), r.destinationRaw());
            assertEquals(Long.bitCount(dotted(text(row, "genmask"))), r.destination().length());
            String gw = text(row, "gateway");
            assertEquals(gw.equals("0.0.0.0") ? r.iface() : gw, r.gateway().text());
            String flags = row.has("flags") ? text(row, "flags") : text(row, "route_flags");
            assertEquals(flags, r.flags().text());
            assertEquals(text(row, "iface"), r.iface());
            assertEquals(text(row, "metric"), r.metric().toString());
        }
    }

    @Test
    void netToolsIpv6WhereJcAddsAnEmptyRowForTheBlankLastLine() throws IOException {
        RouteTable t = Fixtures.parseFile(Fixtures.ROUTE, "centos-7.7__route-6-n.out");
        JsonNode rows = jc("centos-7.7__route-6-n.out");
        // jc turns the file's trailing blank line into a 22nd, empty object
        assertEquals(22, rows.size());
        assertTrue(rows.get(21).isEmpty());
        assertEquals(21, t.size());
        for (int i = 0; i < t.size(); i++) {
            JsonNode row = rows.get(i);
            Route r = t.routes().get(i);
            assertEquals(text(row, "destination"), r.destinationRaw());
            assertEquals(text(row, "flags"), r.flags().text());
            assertEquals(text(row, "iface"), r.iface());
            // net-tools prints the unsigned 32-bit metric with %d: -1 is 4294967295
            assertEquals(text(row, "metric"), Long.toString((int) (long) r.metric()));
            String hop = text(row, "next_hop");
            if (r.gateway() instanceof Gateway.Address a) {
                assertEquals(hop, a.text());
            } else {
                assertEquals("::", hop);
            }
        }
        // jc keeps net-tools' 0.0.0.0/96 as text; it is the IPv4-mapped ::ffff:0.0.0.0/96
        assertEquals("0.0.0.0/96", text(rows.get(1), "destination"));
        assertEquals("::ffff:0:0/96", t.routes().get(1).destination().toString());
    }

    @Test
    void procRoute() throws IOException {
        RouteTable t = Fixtures.parseFile(Fixtures.PROC_ROUTE, "linux-proc__net_route");
        JsonNode rows = jc("linux-proc__net_route");
        assertEquals(rows.size(), t.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Route r = t.routes().get(i);
            assertEquals(text(row, "Destination"), r.destinationRaw());
            assertEquals(text(row, "Flags"), r.flags().text());
            assertEquals(text(row, "Iface"), r.iface());
            assertEquals(text(row, "Metric"), r.metric().toString());
            assertEquals(text(row, "Gateway"), r.gateway() instanceof Gateway.Address a
                    ? Addresses.toLittleEndianHex(a.address()) : "00000000");
            assertEquals(text(row, "Mask"), Addresses.toLittleEndianHex(dottedMask(r.destination().length())));
        }
    }

    @Test
    void procIpv6Route() throws IOException {
        RouteTable t = Fixtures.parseFile(Fixtures.PROC_IPV6_ROUTE, "linux-proc__net_ipv6_route");
        JsonNode rows = jc("linux-proc__net_ipv6_route");
        assertEquals(rows.size(), t.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Route r = t.routes().get(i);
            assertEquals(text(row, "dest_net") + " " + text(row, "dest_prefix"), r.destinationRaw());
            assertEquals(Integer.parseInt(text(row, "dest_prefix"), 16), r.destination().length());
            assertEquals(text(row, "flags"), r.flags().text());
            assertEquals(text(row, "device"), r.iface());
            assertEquals(Long.parseLong(text(row, "metric"), 16), r.metric());
        }
    }

    @Test
    void namedOutputIsReadByJcButRefusedHere() throws IOException {
        for (String fixture : List.of("centos-7.7__route.out", "ubuntu-18.04__route.out", "nixos__route-ee.out",
                "centos-7.7__netstat-r.out", "ubuntu-18.04__netstat-r.out", "centos-7.7__route-6.out")) {
            // jc passes the names through ('default', '_gateway', 'gateway'): they are not addresses
            assertTrue(jc(fixture).size() > 0, fixture);
        }
    }

    /** ntc-templates' expected values: a flat YAML list, read line by line (key: "value"). */
    private static List<java.util.Map<String, String>> ntc(String yml) throws IOException {
        List<java.util.Map<String, String>> out = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(Fixtures.DIR.resolve(yml))) {
            String t = line.strip();
            if (t.startsWith("- ")) {
                out.add(new java.util.HashMap<>());
                t = t.substring(2);
            }
            int colon = t.indexOf(": ");
            if (!out.isEmpty() && colon > 0) {
                out.get(out.size() - 1).put(t.substring(0, colon), t.substring(colon + 2).replace("\"", ""));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ntc-templates__linux_ip_route_show", "ntc-templates__linux_ip_route_show2",
            "ntc-templates__linux_ip_route_show_linkdown"})
    void ntcTemplatesForUntypedRoutes(String name) throws IOException {
        // the template skips typed routes (broadcast, local, unreachable); compare the rest in order
        List<Route> untyped = Fixtures.parseFile(Fixtures.IP_ROUTE, name + ".raw").routes().stream()
                .filter(r -> !r.attributes().containsKey("type")).toList();
        List<java.util.Map<String, String>> expected = ntc(name + ".yml");
        assertEquals(expected.size(), untyped.size());
        for (int i = 0; i < expected.size(); i++) {
            java.util.Map<String, String> e = expected.get(i);
            Route r = untyped.get(i);
            assertEquals(e.get("network"), r.destinationRaw());
            assertEquals(e.get("nexthop_if"), r.iface());
            assertEquals(e.get("nexthop_ip"), r.gateway() instanceof Gateway.Address ? r.gateway().text() : "");
            assertEquals(e.get("metric"), r.metric() == null ? "" : r.metric().toString());
            assertEquals(e.get("protocol"), r.attributes().getOrDefault("proto", ""));
            assertEquals(e.get("scope"), r.attributes().getOrDefault("scope", ""));
            assertEquals(e.get("src"), r.attributes().getOrDefault("src", ""));
            assertEquals(e.get("reachability"), r.attributes().getOrDefault("flags", ""));
        }
    }

    private static long dotted(String s) {
        long v = 0;
        for (String octet : s.split("\\.")) {
            v = (v << 8) | Integer.parseInt(octet);
        }
        return v;
    }

    private static dev.routediff.core.model.IpAddress dottedMask(int len) {
        return dev.routediff.core.model.IpAddress.ipv4(len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL);
    }
}
