package dev.routediff.parser.macos;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.ParserFixtures;
import java.nio.file.Path;

/** The module's own copies of the samples, and small helpers to parse them or inline text. */
final class Fixtures {

    static final Path DIR = ParserFixtures.DIR;
    static final Path GOLDEN = ParserFixtures.GOLDEN;

    static final MacosNetstatParser PARSER = new MacosNetstatParser();

    private Fixtures() {
    }

    static RouteTable parseFile(String name) {
        return ParserFixtures.parseFile(PARSER, name);
    }

    static String read(String name) {
        return ParserFixtures.read(name);
    }

    static RouteTable parse(String text) {
        return ParserFixtures.parse(PARSER, text);
    }

    /** Lines joined with LF; used to write inline samples without text-block trailing-blank surprises. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The single route of a one-row IPv4 table in the macOS 12–13 layout. */
    static Route inetRow(String row) {
        RouteTable t = parse(lines("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags           Netif Expire", row));
        if (t.size() != 1) {
            throw new AssertionError("expected one route, got " + t.size());
        }
        return t.routes().get(0);
    }

    /** The single route of a one-row IPv6 table in the macOS 14+ layout. */
    static Route inet6Row(String row) {
        RouteTable t = parse(lines("Routing tables", "", "Internet6:",
                "Destination                             Gateway                                 Flags               Netif Expire",
                row));
        if (t.size() != 1) {
            throw new AssertionError("expected one route, got " + t.size());
        }
        return t.routes().get(0);
    }
}
