package dev.routediff.parser.linux;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The module's own copies of the samples, and small helpers to parse them or inline text. */
final class Fixtures {

    static final Path DIR = Path.of("src", "test", "resources", "fixtures");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static final IpRouteParser IP_ROUTE = new IpRouteParser();
    static final NetToolsRouteParser ROUTE = new NetToolsRouteParser();
    static final ProcRouteParser PROC_ROUTE = new ProcRouteParser();
    static final ProcIpv6RouteParser PROC_IPV6_ROUTE = new ProcIpv6RouteParser();

    static final List<RouteTableParser> ALL = List.of(IP_ROUTE, ROUTE, PROC_ROUTE, PROC_IPV6_ROUTE);

    private Fixtures() {
    }

    static RouteTable parseFile(RouteTableParser parser, String name) {
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return parser.parse(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RouteTable parse(RouteTableParser parser, String text) {
        try {
            return parser.parse(new StringReader(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined with LF; used to write inline samples without text-block trailing-blank surprises. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The parser that owns a fixture, by its name. */
    static RouteTableParser ownerOf(String name) {
        if (name.contains("ip_route") || name.contains("__ip-")) {
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
