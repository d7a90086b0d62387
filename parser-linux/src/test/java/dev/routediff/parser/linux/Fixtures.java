package dev.routediff.parser.linux;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.ParserFixtures;
import dev.routediff.core.spi.RouteTableParser;
import java.nio.file.Path;
import java.util.List;

/** The module's own copies of the samples, and small helpers to parse them or inline text. */
final class Fixtures {

    static final Path DIR = ParserFixtures.DIR;
    static final Path GOLDEN = ParserFixtures.GOLDEN;

    static final IpRouteParser IP_ROUTE = new IpRouteParser();
    static final NetToolsRouteParser ROUTE = new NetToolsRouteParser();
    static final ProcRouteParser PROC_ROUTE = new ProcRouteParser();
    static final ProcIpv6RouteParser PROC_IPV6_ROUTE = new ProcIpv6RouteParser();

    static final List<RouteTableParser> ALL = List.of(IP_ROUTE, ROUTE, PROC_ROUTE, PROC_IPV6_ROUTE);

    private Fixtures() {
    }

    static RouteTable parseFile(RouteTableParser parser, String name) {
        return ParserFixtures.parseFile(parser, name);
    }

    static String read(String name) {
        return ParserFixtures.read(name);
    }

    static RouteTable parse(RouteTableParser parser, String text) {
        return ParserFixtures.parse(parser, text);
    }

    /** Lines joined with LF; used to write inline samples without text-block trailing-blank surprises. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The parser that owns a fixture, by its name. */
    static RouteTableParser ownerOf(String name) {
        if (name.contains("ip_route") || name.contains("ip_rule") || name.contains("__ip-")) {
            return IP_ROUTE;
        }
        if (name.contains("net_ipv6_route")) {
            return PROC_IPV6_ROUTE;
        }
        if (name.contains("net_route") || name.equals("jackpal-gateway__linux.txt")) {
            return PROC_ROUTE;
        }
        return ROUTE;
    }
}
