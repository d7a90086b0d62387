package dev.routediff.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.testkit.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streamed document is character for character the tree document ({@link JsonViews#table}). */
class JsonTableWriterTest {

    private static String streamed(RouteTable t) throws IOException {
        StringWriter w = new StringWriter();
        JsonTableWriter.write(t, w);
        return w.toString();
    }

    private static String tree(RouteTable t) {
        JsonViews json = new JsonViews();
        return json.write(json.table(t));
    }

    static Stream<Path> macosSamples() throws IOException {
        try (Stream<Path> s = Files.list(GoldenFiles.sharedFixtures().resolve("macos"))) {
            return s.filter(p -> p.toString().endsWith(".out") || p.toString().endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("macosSamples")
    void realTablesMatchTheTreeDocument(Path sample) throws IOException {
        PluginRegistry registry = PluginRegistry.load(JsonTableWriterTest.class.getClassLoader());
        RouteTable t;
        try {
            t = new RouteTableReader(registry).read(sample.toString(), new ByteArrayInputStream(new byte[0]), null);
        } catch (RuntimeException refused) {
            return; // the FreeBSD-style and name-printing samples are refused; nothing to write
        }
        assertEquals(tree(t), streamed(t));
    }

    @Test
    void anEmptyTableAndEveryEscapeMatchTheTreeDocument() throws IOException {
        assertEquals(tree(new RouteTable("empty", "p", List.of())), streamed(new RouteTable("empty", "p", List.of())));
        List<Route> routes = new ArrayList<>();
        String[] odd = {"q\"uote", "back\\slash", "tab\there", "nl\nx", "cr\rx", "bell\u0007", "nul\u0000",
            "del\u007f", "ü-latin1", "\u0645-arabic", "line\u2028sep", "emoji\uD83D\uDE00", "\u001f", ""};
        int line = 1;
        for (String s : odd) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("Refs", s);
            attributes.put(s.isEmpty() ? "k" : s, "v");
            routes.add(new Route(AddressFamily.INET, Prefix.parse("10.0.0.0/8"), s, false,
                    new Gateway.Other("gw" + s), RouteFlags.parse("UGS" + s), "en" + s,
                    line % 3 == 0 ? Expire.EXPIRED : line % 3 == 1 ? Expire.seconds(line) : Expire.NONE, line++,
                    attributes));
            // the same oddities in rows the table keeps in columns (IPv4, no extra columns)
            Gateway[] compactGateways = {new Gateway.Address(IpAddress.parse("255.255.255.255")),
                new Gateway.Link(Integer.MAX_VALUE), new Gateway.Mac("0:1b:c:ff:a:9"),
                new Gateway.Address(IpAddress.parse("0.0.0.0"))};
            String raw = s.chars().allMatch(c -> c <= 0xFF) ? s : "10";
            routes.add(new Route(AddressFamily.INET, Prefix.parse(line % 2 == 0 ? "0.0.0.0/0" : "10.1.128.0/17"),
                    raw, false, compactGateways[line % 4], RouteFlags.parse("UGS" + s), "en" + s,
                    line % 3 == 0 ? Expire.EXPIRED : line % 3 == 1 ? Expire.seconds(Integer.MAX_VALUE) : Expire.NONE,
                    line++ * 1000, Map.of()));
            routes.add(new Route(AddressFamily.INET6, Prefix.of(IpAddress.parse("fe80::1%en0"), 64), "fe80::%en0/64",
                    false, new Gateway.Link(4), RouteFlags.parse("UCS"), "en0", Expire.NONE, line++, Map.of()));
        }
        RouteTable t = new RouteTable("odd\"source\\" + "\u0001", "p\"id", routes);
        assertTrue(IntStream.range(0, t.size()).filter(t::isCompact).count() >= odd.length,
                "the compact rows must be there, or their path goes untested");
        assertEquals(tree(t), streamed(t));
    }

    @Test
    void rowsWrittenOnWorkerThreadsComeOutInOrder() throws IOException {
        List<Route> routes = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            routes.add(new Route(AddressFamily.INET, Prefix.parse("10." + (k >> 8 & 255) + "." + (k & 255) + ".0/24"),
                    "10." + (k >> 8 & 255) + "." + (k & 255), false,
                    k % 97 == 0 ? new Gateway.Interface("utun3") : new Gateway.Address(IpAddress.parse("192.168.0.1")),
                    RouteFlags.parse("UGSc"), "en0", Expire.NONE, k + 5, Map.of()));
        }
        RouteTable t = new RouteTable("big", "p", routes);
        StringWriter parallel = new StringWriter();
        JsonTableWriter.write(t, parallel, 1);
        assertEquals(tree(t), parallel.toString());
    }
}
