package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random route lists printed the way iproute2's print_route does (type only when not unicast, default for
 * a zero-length prefix, no /len for a host, multipath as indented nexthop lines) and read back.
 */
class IpRouteRoundTripTest {

    private record Expected(Prefix destination, String gateway, String iface, String type, String metric) {
    }

    private static Prefix randomPrefix(Random rnd, AddressFamily family) {
        int len = rnd.nextInt(8) == 0 ? 0 : rnd.nextInt(family.bits() + 1);
        IpAddress a = family == AddressFamily.INET ? IpAddress.ipv4(rnd.nextLong() & 0xFFFF_FFFFL)
                : IpAddress.ipv6(rnd.nextLong(), rnd.nextLong(), null);
        return Prefix.of(a, len);
    }

    private static String printed(Prefix p) {
        if (p.length() == 0) {
            return "default";
        }
        String a = p.address().toString();
        return p.length() == p.family().bits() ? a : a + "/" + p.length();
    }

    private static IpAddress randomHost(Random rnd, AddressFamily family) {
        return family == AddressFamily.INET ? IpAddress.ipv4(1 + (rnd.nextLong() & 0xFFFF_FFFEL))
                : IpAddress.ipv6(0xfe80_0000_0000_0000L, 1 + (rnd.nextLong() & 0xFFFF_FFFFL), null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void printedListsReadBack(long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            AddressFamily family = rnd.nextBoolean() ? AddressFamily.INET : AddressFamily.INET6;
            Prefix p = randomPrefix(rnd, family);
            String dev = "eth" + rnd.nextInt(4);
            String metric = rnd.nextBoolean() ? Integer.toString(rnd.nextInt(5000)) : null;
            String metricText = metric == null ? "" : " metric " + metric;
            // IPv6 lines always carry pref, so a gateway-less IPv6 default still shows its family
            String pref = family == AddressFamily.INET6 ? " pref medium" : "";
            int kind = rnd.nextInt(5);
            if (kind == 0) {
                String type = List.of("unreachable", "blackhole", "prohibit").get(rnd.nextInt(3));
                String devText = family == AddressFamily.INET6 ? " dev lo" : "";
                text.append(type).append(' ').append(printed(p)).append(devText).append(metricText).append(pref)
                        .append(" \n");
                expected.add(new Expected(p, type, family == AddressFamily.INET6 ? "lo" : "", type, metric));
            } else if (kind == 1) {
                text.append(printed(p)).append(" dev ").append(dev).append(" proto kernel scope link")
                        .append(metricText).append(pref).append(" \n");
                expected.add(new Expected(p, dev, dev, null, metric));
            } else if (kind == 2) {
                int hops = 2 + rnd.nextInt(3);
                text.append(printed(p)).append(" proto static").append(metricText).append(pref).append(" \n");
                for (int h = 0; h < hops; h++) {
                    IpAddress gw = randomHost(rnd, family);
                    String hopDev = "eth" + h;
                    text.append("\tnexthop via ").append(gw).append(" dev ").append(hopDev).append(" weight ")
                            .append(1 + rnd.nextInt(9)).append(" \n");
                    expected.add(new Expected(p, gw.toString(), hopDev, null, metric));
                }
            } else {
                IpAddress gw = randomHost(rnd, family);
                text.append(printed(p)).append(" via ").append(gw).append(" dev ").append(dev)
                        .append(rnd.nextBoolean() ? " proto dhcp src " + randomHost(rnd, family) : "")
                        .append(metricText).append(rnd.nextInt(4) == 0 ? " onlink" : "").append(pref).append(" \n");
                expected.add(new Expected(p, gw.toString(), dev, null, metric));
            }
        }
        RouteTable t = Fixtures.parse(Fixtures.IP_ROUTE, text.toString());
        assertEquals(expected.size(), t.size());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Route r = t.routes().get(i);
            String where = "seed " + seed + " route " + i;
            assertEquals(e.destination(), r.destination(), where);
            assertEquals(e.gateway(), r.gateway().text(), where);
            assertEquals(e.type() != null ? "other" : r.gateway() instanceof Gateway.Address ? "address" : "interface",
                    r.gateway().kind(), where);
            assertEquals(e.iface(), r.iface(), where);
            assertEquals(e.type(), r.attributes().get("type"), where);
            assertEquals(e.metric() == null ? null : Long.valueOf(e.metric()), r.metric(), where);
            assertEquals(e.destination().length() == e.destination().family().bits(), r.host(), where);
        }
    }
}
