package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FastRows} must give exactly the table the general row reader gives, or leave the row to it: the same
 * routes, or the same one-line refusal on the same line.
 */
class FastRowsTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.DIR)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsTheSameEitherWay(Path sample) throws IOException {
        assertSameOutcome(Files.readString(sample), sample.getFileName().toString());
    }

    /**
     * A paste that squeezed the padding to one blank (a chat, a web page) or turned it into tabs (a spreadsheet):
     * the fast, general and parallel readers agree on it, and it reads as the table it was made from, line for line.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void squeezedAndTabbedSamplesReadTheSameEitherWayAndAsTheOriginal(Path sample) throws IOException {
        String text = Files.readString(sample);
        String name = sample.getFileName().toString();
        RouteTable original = assertSameOutcome(text, name);
        StringBuilder squeezed = new StringBuilder();
        StringBuilder tabbed = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            squeezed.append(t.replaceAll("[ \t]+", " ")).append('\n');
            tabbed.append(t.startsWith("Routing") ? t : t.replaceAll(" +", "\t")).append('\n');
        }
        for (String variant : List.of(squeezed.toString(), tabbed.toString())) {
            RouteTable read = assertSameOutcome(variant, name);
            if (original != null && text.contains("Internet")) {
                assertEquals(original.routes(), read.routes(), variant);
            }
        }
    }

    /**
     * Rows drawn from values netstat prints and values it never does (host bits set, octets over 255, upper-case
     * or zero-padded MACs, names, long numbers, extra columns), so both the fast path and every way of declining
     * it are taken.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void generatedRowsReadTheSameEitherWay(long seed) throws IOException {
        Random rnd = new Random(seed);
        int fastRows = 0;
        for (int table = 0; table < 40; table++) {
            StringBuilder sb = new StringBuilder("Routing tables\n\nInternet:\n");
            boolean expire = rnd.nextInt(4) != 0;
            sb.append(expire ? "Destination        Gateway            Flags               Netif Expire\n"
                    : "Destination        Gateway            Flags               Netif\n");
            int rows = 1 + rnd.nextInt(table % 4 == 0 ? 300 : 12);
            for (int r = 0; r < rows; r++) {
                sb.append(row(rnd)).append(rnd.nextInt(20) == 0 ? "\r\n" : "\n");
            }
            if (rnd.nextInt(3) == 0) {
                sb.append("\nInternet6:\nDestination                             Gateway                                 "
                        + "Flags               Netif Expire\ndefault                                 fe80::1%en0"
                        + "                             UGcg                  en0\n");
            }
            String text = sb.toString();
            if (assertSameOutcome(text, "generated-" + seed + "-" + table) != null) {
                TableReader reader = new TableReader("generated", true);
                reader.read(new StringReader(text));
                fastRows += reader.fastRowCount();
            }
        }
        assertTrue(fastRows > 0, "some generated rows must take the fast path, or this test checks only the general one");
    }

    private static String row(Random rnd) {
        String dest = pick(rnd, List.of("default", "10", "10.243", "10.243/27", "10.243.0.4/30", "127", "127.0.0.1",
                "169.254", "192.168.0", "192.168.0.1/32", "172.16/12", "0/1", "128.0/1", "224.0.0/4",
                "255.255.255.255/32", "1.2.3.4/032", "1.2.3.0/024", "0001.2.3.4", "10.0/8", "8.8.8.8", "224.0.0.251"),
                List.of("10.243.0.5/30", "172.31/12", "256.1", "1.2.3.4.5", "10..1", "10.", ".10", "1.2.3.4/33",
                        "10&0xffffff00", "localhost", "foo.example", "1.2.3.4/", "fe80::1"));
        String gw = pick(rnd, List.of("192.168.0.1", "10.243.0.1", "127.0.0.1", "link#6", "link#0",
                "2d:ec:89:2:5c:c1", "0:0:0:0:0:0", "01.2.3.4"),
                List.of("link#12345678901", "link#", "02:ec:89:2:5c:c1", "2D:EC:89:2:5C:C1", "1:2:3:4:5",
                        "1:2:3:4:5:6:7", "256.1.1.1", "utun3", "en0", "dsldevice.attlocal", "fe80::1%en0", "1.2.3",
                        "a-b-c-d-e-f"));
        String flags = pick(rnd, List.of("UGSc", "UGScg", "UCS", "UH", "UHLWI", "UHLWIi", "UHLWIir", "UHLS", "USc",
                "U1", "UGScI", "Ug", "UHLW3b"), List.of("123", "UG!", "U-G"));
        String iface = pick(rnd, List.of("en0", "en1", "utun3", "lo0", "bridge100", "vmnet8"),
                List.of("en0:", "0en", "en0.1", "utun", "12", "!"));
        StringBuilder sb = new StringBuilder();
        sb.append(pad(dest, 19)).append(pad(gw, 19)).append(pad(flags, 20)).append(iface);
        int tail = rnd.nextInt(7);
        if (tail == 1) {
            sb.append("  !");
        } else if (tail == 2) {
            sb.append("  ").append(rnd.nextInt(2000));
        } else if (tail == 3 && rnd.nextInt(4) == 0) {
            sb.append("  ").append(pick(rnd, List.of("1234567890", "99999999999999999999", "12 !", "x", "-1")));
        } else if (tail == 4) {
            sb.append(pick(rnd, List.of(" ", "\t", "   \t ")));
        }
        return (rnd.nextInt(15) == 0 ? " " : "") + sb;
    }

    /** Mostly a value netstat prints; one time in twenty-five one it never does. */
    private static String pick(Random rnd, List<String> usual, List<String> odd) {
        return rnd.nextInt(25) == 0 ? pick(rnd, odd) : pick(rnd, usual);
    }

    private static String pick(Random rnd, List<String> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static String pad(String s, int width) {
        return s.length() >= width - 1 ? s + " " : s + " ".repeat(width - s.length());
    }

    /** Returns the table when both readers accept the text, null when both refuse it the same way. */
    private static RouteTable assertSameOutcome(String text, String source) throws IOException {
        RouteTable general;
        try {
            general = new TableReader(source, false).read(new StringReader(text));
        } catch (RouteInputException e) {
            RouteInputException fast = org.junit.jupiter.api.Assertions.assertThrows(RouteInputException.class,
                    () -> new TableReader(source, true).read(new StringReader(text)), text);
            assertEquals(e.getMessage(), fast.getMessage(), text);
            RouteInputException parallel = org.junit.jupiter.api.Assertions.assertThrows(RouteInputException.class,
                    () -> new TableReader(source, true, 2, 3).read(new StringReader(text)), text);
            assertEquals(e.getMessage(), parallel.getMessage(), "in parallel: " + text);
            return null;
        }
        RouteTable fast = new TableReader(source, true).read(new StringReader(text));
        assertEquals(general.size(), fast.size(), text);
        for (int i = 0; i < general.size(); i++) {
            assertEquals(general.route(i), fast.route(i), "row " + i + " of\n" + text);
        }
        assertEquals(general, fast);
        assertEquals(general, new TableReader(source, true, 2, 3).read(new StringReader(text)), "in parallel");
        return fast;
    }
}
