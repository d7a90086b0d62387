package dev.routediff.parser.macos;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The module's own copies of the samples, and small helpers to parse them or inline text. */
final class Fixtures {

    static final Path DIR = Path.of("src", "test", "resources", "fixtures");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static final MacosNetstatParser PARSER = new MacosNetstatParser();

    private Fixtures() {
    }

    static RouteTable parseFile(String name) {
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return PARSER.parse(r, name);
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

    static RouteTable parse(String text) {
        try {
            return PARSER.parse(new StringReader(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
