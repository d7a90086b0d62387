package dev.routediff.parser.osquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each platform's rows mean, read from the samples and from small inline exports. */
class FeatureTest {

    private static Route only(RouteTable t, String destination, String iface) {
        List<Route> found = t.routes().stream()
                .filter(r -> r.destination().toString().equals(destination) && r.iface().equals(iface)).toList();
        assertEquals(1, found.size(), destination + " on " + iface + " in " + t.routes());
        return found.get(0);
    }

    @Test
    void macosPerTypeRowsAreOneRouteWithFlagsAsNetstatPrintsThem() {
        RouteTable t = Fixtures.parseFile(Fixtures.MACOS);
        Route def = t.routes().get(0);
        assertEquals("0.0.0.0/0", def.destination().toString());
        assertEquals("gateway,static", def.attributes().get("type"));
        assertEquals("UGScg", def.flags().text());
        assertEquals("macos", def.attributes().get("platform"));
        assertEquals(new Gateway.Address(dev.routediff.core.model.IpAddress.parse("192.168.1.1")), def.gateway());
        assertTrue(t.routes().stream().anyMatch(r -> r.flags().has(RouteFlag.IFSCOPE)), "the scoped default");
        assertEquals(11, t.size(), "13 rows, two routes listed twice");
    }

    @Test
    void macosVpnLowerHalfIsNotASecondDefault() {
        RouteTable t = Fixtures.parseFile(Fixtures.MACOS);
        Route lower = only(t, "0.0.0.0/1", "utun4");
        assertEquals("0.0.0.0/0", lower.destinationRaw());
        assertTrue(lower.attributes().get("note").contains("read as 1"));
        assertEquals(new Gateway.Interface("utun4"), lower.gateway());
        // without the upper half beside it, netmask 0 stays a default route
        RouteTable alone = Fixtures.parse("[{\"destination\":\"0.0.0.0\",\"netmask\":\"0\",\"gateway\":\"\","
                + "\"interface\":\"utun4\",\"flags\":\"1073809409\",\"type\":\"static\"}]");
        assertEquals(Prefix.DEFAULT_V4, alone.routes().get(0).destination());
    }

    @Test
    void macosEmptyInterfaceOfOldVersionsIsKeptEmpty() {
        RouteTable t = Fixtures.parseFile(Fixtures.MACOS_OLD);
        Route def = t.routes().get(0);
        assertEquals("", def.iface());
        assertEquals("UGSc", def.flags().text());
        assertEquals(2, t.size());
    }

    @Test
    void linuxHostRoutesPrintedWithNetmaskZeroAreHostRoutes() {
        RouteTable t = Fixtures.parseFile(Fixtures.LINUX);
        Route local = only(t, "192.168.1.50/32", "wlp0s20f3");
        assertEquals("192.168.1.50/0", local.destinationRaw());
        assertTrue(local.host());
        assertEquals("local", local.attributes().get("type"));
        assertEquals(List.of("gateway", "local"), t.routes().stream().filter(r -> r.destination().toString()
                .equals("::1/128")).map(r -> r.attributes().get("type")).toList(), "::1 of the main and local tables");
        assertEquals("linux", local.attributes().get("platform"));
        // the main table's default and wg-quick's table 51820 default both come (osquery has no table column)
        assertEquals(2, t.routes().stream().filter(r -> r.destination().equals(Prefix.DEFAULT_V4)).count());
        Route onLink = only(t, "192.168.1.0/24", "wlp0s20f3");
        assertEquals(new Gateway.Interface("wlp0s20f3"), onLink.gateway());
        assertEquals(600L, onLink.metric());
        assertEquals("192.168.1.50", onLink.attributes().get("source"));
    }

    @Test
    void windowsAdapterGatewayOnConnectedRowsIsOnLink() {
        RouteTable t = Fixtures.parseFile(Fixtures.WINDOWS);
        Route subnet = only(t, "192.168.1.0/24", "192.168.1.42");
        assertEquals(new Gateway.Interface("192.168.1.42"), subnet.gateway());
        assertEquals("192.168.1.1", subnet.attributes().get("adapterGateway"));
        Route def = only(t, "0.0.0.0/0", "192.168.1.42");
        assertEquals("192.168.1.1", def.gateway().text());
        assertFalse(def.attributes().containsKey("adapterGateway"));
        assertEquals(35L, def.metric());
        Route tap = only(t, "10.0.0.0/8", "10.8.0.6");
        assertEquals(new Gateway.Interface("10.8.0.6"), tap.gateway(), "0.0.0.0 is on-link");
        Route multicast = only(t, "224.0.0.0/4", "192.168.1.42");
        assertEquals(new Gateway.Interface("192.168.1.42"), multicast.gateway());
        assertEquals("windows", def.attributes().get("platform"));
        assertEquals(28, t.size());
    }

    @Test
    void windowsIpv6RowsHaveNoInterfaceAndDoubleColonIsOnLink() {
        RouteTable t = Fixtures.parseFile(Fixtures.WINDOWS);
        Route v6 = only(t, "2001:db8:10::/64", "");
        assertEquals(new Gateway.Interface(""), v6.gateway());
    }

    @Test
    void eventAndBatchedLogsReplayToTheSameTable() {
        Function<RouteTable, String> rows = t -> t.routes().stream()
                .map(r -> r.destination() + " " + r.gateway().text() + " " + r.iface() + " " + r.attributes())
                .sorted().collect(Collectors.joining("\n"));
        RouteTable event = Fixtures.parseFile(Fixtures.EVENT_LOG);
        RouteTable batched = Fixtures.parseFile(Fixtures.BATCHED_LOG);
        assertEquals(rows.apply(event), rows.apply(batched));
        assertEquals("10.40.0.2", only(event, "0.0.0.0/0", "ens160").gateway().text(), "the replaced default");
        assertEquals(5, event.size(), "the uptime query's line is left out");
    }

    @Test
    void aNewFirstRunStartsTheTableAgain() {
        String row = "{\"destination\":\"%s\",\"netmask\":\"24\",\"gateway\":\"\",\"interface\":\"eth0\"}";
        String line = "{\"name\":\"routes\",\"hostIdentifier\":\"h\",\"epoch\":%d,\"counter\":%d,"
                + "\"columns\":" + row + ",\"action\":\"added\"}\n";
        RouteTable t = Fixtures.parse(String.format(line, 0, 0, "10.0.0.0") + String.format(line, 0, 1, "10.0.1.0")
                + String.format(line, 1, 0, "10.0.2.0"));
        assertEquals(List.of("10.0.2.0/24"), t.routes().stream().map(r -> r.destination().toString()).toList());
    }

    @Test
    void numericsAndPrettyPrintedLinesRead() {
        RouteTable t = Fixtures.parse("{\n  \"name\": \"routes\",\n  \"numerics\": true,\n  \"snapshot\": [\n"
                + "    {\"destination\": \"10.1.0.0\", \"netmask\": 16, \"gateway\": \"10.0.0.1\", \"interface\": \"eth0\","
                + " \"metric\": 100, \"flags\": 0, \"source\": null}\n  ],\n  \"action\": \"snapshot\"\n}\n");
        Route r = t.routes().get(0);
        assertEquals("10.1.0.0/16", r.destination().toString());
        assertEquals(100L, r.metric());
        assertEquals(5, r.line());
    }

    @Test
    void aSubsetOfColumnsIsEnoughAndThePlatformThenUnknown() {
        RouteTable t = Fixtures.parse("[{\"destination\":\"10.0.0.0\",\"netmask\":\"8\",\"gateway\":\"10.1.1.1\","
                + "\"interface\":\"tun0\"}]");
        assertEquals("unknown", t.routes().get(0).attributes().get("platform"));
    }

    @Test
    void unnamedLinesAreOneQuery() {
        String line = "{\"counter\":0,\"columns\":{\"destination\":\"%s\",\"netmask\":\"24\",\"gateway\":\"\","
                + "\"interface\":\"eth0\"},\"action\":\"added\"}\n";
        assertEquals(2, Fixtures.parse(String.format(line, "10.0.0.0") + String.format(line, "10.0.1.0")).size());
    }

    @Test
    void otherQueriesOfTheSameLogAreSkipped() {
        String other = "{\"name\":\"uptime\",\"hostIdentifier\":\"h\",\"columns\":{\"days\":\"1\"},\"action\":\"added\"}\n";
        String routes = "{\"name\":\"routes\",\"hostIdentifier\":\"h\",\"counter\":0,\"columns\":{\"destination\":"
                + "\"0.0.0.0\",\"netmask\":\"0\",\"gateway\":\"10.0.0.1\",\"interface\":\"eth0\"},\"action\":\"added\"}\n";
        RouteTable t = Fixtures.parse(other + routes + other);
        assertEquals(1, t.size());
        assertEquals(2, t.routes().get(0).line());
    }
}
