package dev.routediff.parser.windows;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.ParserFixtures;
import java.nio.file.Path;

/** The module's own copies of the samples, and small helpers to parse them or inline text. */
final class Fixtures {

    static final Path DIR = ParserFixtures.DIR;
    static final Path GOLDEN = ParserFixtures.GOLDEN;

    static final WindowsRouteParser PARSER = new WindowsRouteParser();

    /** The head of an English route print up to the IPv4 column header, CRLF as Windows writes it. */
    static final String[] V4_HEAD = {
        "===========================================================================",
        "Interface List",
        "  6...cc 15 31 1e 58 07 ......Intel(R) Wi-Fi 6 AX201 160MHz",
        "  1...........................Software Loopback Interface 1",
        "===========================================================================",
        "",
        "IPv4 Route Table",
        "===========================================================================",
        "Active Routes:",
        "Network Destination        Netmask          Gateway       Interface  Metric",
    };

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

    /** Lines joined with CRLF, as route print writes them. */
    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** An English IPv4 table holding {@code rows}, closed by a rule and an empty Persistent Routes section. */
    static String v4Table(String... rows) {
        String[] all = new String[V4_HEAD.length + rows.length + 3];
        System.arraycopy(V4_HEAD, 0, all, 0, V4_HEAD.length);
        System.arraycopy(rows, 0, all, V4_HEAD.length, rows.length);
        all[V4_HEAD.length + rows.length] = "===========================================================================";
        all[V4_HEAD.length + rows.length + 1] = "Persistent Routes:";
        all[V4_HEAD.length + rows.length + 2] = "  None";
        return lines(all);
    }

    /** The single route of a one-row English IPv4 table. */
    static Route v4Row(String row) {
        RouteTable t = parse(v4Table(row));
        if (t.size() != 1) {
            throw new AssertionError("expected one route, got " + t.size());
        }
        return t.routes().get(0);
    }

    /** An English IPv6-only table ({@code route print -6}) holding {@code rows}. */
    static String v6Table(String... rows) {
        String[] head = {
            "===========================================================================",
            "Interface List",
            "  6...cc 15 31 1e 58 07 ......Intel(R) Wi-Fi 6 AX201 160MHz",
            "  1...........................Software Loopback Interface 1",
            "===========================================================================",
            "",
            "IPv6 Route Table",
            "===========================================================================",
            "Active Routes:",
            " If Metric Network Destination      Gateway",
        };
        String[] all = new String[head.length + rows.length + 3];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rows, 0, all, head.length, rows.length);
        all[head.length + rows.length] = "===========================================================================";
        all[head.length + rows.length + 1] = "Persistent Routes:";
        all[head.length + rows.length + 2] = "  None";
        return lines(all);
    }
}
