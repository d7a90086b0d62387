package dev.routediff.cli.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.testkit.GoldenJson;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written streaming JSON of parse is byte for byte what Jackson writes for the same table. */
class JsonTableWriterTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    static String streamed(RouteTable t) throws IOException {
        StringWriter w = new StringWriter();
        JsonTableWriter.write(t, w);
        return w.toString();
    }

    static String jackson(RouteTable t) {
        // the documented schema (the testkit's tree) in the documented layout (Jackson's pretty printer)
        return new JsonViews().write(GoldenJson.tree(t));
    }

    @Test
    void everyFixtureAndExample(@TempDir Path corpus) throws IOException {
        RouteTableReader reader = new RouteTableReader(PluginRegistry.load(getClass().getClassLoader()));
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Corpus.copyTo(corpus)), Files.walk(ROOT.resolve("examples")))) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        int tables = 0;
        for (Path f : files) {
            RouteTable t;
            try {
                t = reader.read(f.toString(), null, null);
            } catch (RouteInputException e) {
                continue;
            }
            tables++;
            assertEquals(jackson(t), streamed(t), f.toString());
        }
        assertTrue(tables >= 25, "tables read: " + tables);
    }

    @Test
    void emptyTablesAndStringsThatNeedEscapes() throws IOException {
        RouteTable some = new RouteTableReader(PluginRegistry.load(getClass().getClassLoader()))
                .read(ROOT.resolve("examples/clientvpn-split-before.txt").toString(), null, null);
        assertEquals(jackson(new RouteTable("empty", "p", List.of())), streamed(new RouteTable("empty", "p", List.of())));
        Random random = new Random(6);
        char[] alphabet = {'a', '"', '\\', '/', '\b', '\t', '\n', '\f', '\r', 0, 1, 0x1f, 0x7f, 0xe9, 0x2028, 0xd83d,
            0xde00, '<', '\''};
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            RouteTable t = new RouteTable(sb.toString(), sb.reverse().toString(), i % 2 == 0 ? some.routes() : List.of());
            assertEquals(jackson(t), streamed(t), sb.toString());
        }
    }

    @Test
    void anEmptyTableAndEveryEscapeMatchTheTreeDocument() throws IOException {
        assertEquals(jackson(new RouteTable("empty", "p", List.of())), streamed(new RouteTable("empty", "p", List.of())));
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
        assertTrue(IntStream.range(0, t.size()).filter(RouteStore.of(t)::isCompact).count() >= odd.length,
                "the compact rows must be there, or their path goes untested");
        assertEquals(jackson(t), streamed(t));
    }

    @Test
    void warningsAtTheEndOfADiffAreWhatJacksonWrites() throws IOException {
        JsonViews json = new JsonViews();
        RouteDiff empty = RouteDiffer.diff(new RouteTable("a", "p", List.of()), new RouteTable("b", "p", List.of()), false);
        List<List<Warning>> cases = List.of(List.of(),
                List.of(new Warning("platforms-differ", "a was read as x and b as y", null)),
                List.of(new Warning("c", "quote \" backslash \\ tab \t nl \n bell \u0007 é 中 \u2028", "10.0.0.0/8"),
                        new Warning("d", "", "fe80::/64")));
        for (List<Warning> warnings : cases) {
            StringWriter streamed = new StringWriter();
            JsonTableWriter.writeDiff(empty, json, streamed, warnings);
            StringWriter plain = new StringWriter();
            JsonTableWriter.writeDiff(empty, json, plain);
            ObjectNode expected = (ObjectNode) json.mapper().readTree(plain.toString());
            RuleViews.warningsJson(expected, warnings);
            assertEquals(json.write(expected), streamed.toString(), warnings.toString());
        }
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
        assertEquals(jackson(t), parallel.toString());
    }
}
