package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.Corpus;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which parser claims each sample: its own format scores high, every other file 0. The macOS parser takes part so
 * that no Linux parser can out-score it on macOS files, and FreeBSD files must be claimed by nobody.
 */
class DetectionTest {

    private static final MacosNetstatParser MACOS = new MacosNetstatParser();

    /** The parser id expected to win a file, or null when no parser may claim it. */
    static String expectedWinner(Path file) {
        String platform = file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".md")) {
            return null; // other tools' expected output
        }
        switch (platform) {
            case "macos":
                // the two hand-edited jackpal files carry FreeBSD signs: the macOS parser refuses to claim them
                return name.contains("darwinBadRoute") || name.contains("darwinNoRoute") ? null : MacosNetstatParser.class.getName();
            case "linux":
            case "fixtures":
                return Fixtures.ownerOf(name).info().id();
            default:
                return null; // freebsd, windows, aws-cli
        }
    }

    static Stream<Path> corpusSamples() {
        return Corpus.samples().stream();
    }

    static Stream<Path> ownSamples() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.DIR)) {
            return s.filter(p -> !p.getFileName().toString().equals("PROVENANCE.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource({"corpusSamples", "ownSamples"})
    void exactlyTheOwnerClaimsEachSample(Path file) throws IOException {
        String sample = Files.readString(file, StandardCharsets.UTF_8);
        String winner = expectedWinner(file);
        List<String> claims = new ArrayList<>();
        for (RouteTableParser p : Fixtures.ALL) {
            int score = p.detect(sample);
            if (p.info().id().equals(winner)) {
                assertTrue(score >= 90, file + ": " + winner + " scored " + score);
            } else {
                assertEquals(0, score, file + " claimed by " + p.info().id());
            }
            if (score > 0) {
                claims.add(p.info().id());
            }
        }
        int macos = MACOS.detect(sample);
        if (MacosNetstatParser.class.getName().equals(winner)) {
            assertTrue(macos > 0 && claims.isEmpty(), file + ": macOS " + macos + ", Linux claims " + claims);
        } else if (winner == null) {
            assertTrue(claims.isEmpty(), file + " claimed by " + claims);
            assertEquals(0, macos, file + " claimed by macos-netstat");
        } else {
            assertEquals(0, macos, file + " also claimed by macos-netstat");
        }
    }

    @Test
    void everyLinuxSampleHasAnOwner() throws IOException {
        Set<String> owners = new TreeSet<>();
        try (Stream<Path> s = ownSamples()) {
            s.map(DetectionTest::expectedWinner).filter(w -> w != null).forEach(owners::add);
        }
        assertEquals(Set.of("linux-ip-route", "linux-route", "linux-proc-route", "linux-proc-ipv6-route"), owners);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "Kernel IP routing table\n", "default\n", "default via\n", "\u0000\u0001",
            "Iface\n", "10.0.0.0/8\n", "unreachable\n", "Destination Gateway\n", "nexthop via 10.0.0.1 dev eth0\n",
            "\tnexthop via 10.0.0.1 dev eth0\n", "Routing tables\n", "0 0 0\n"})
    void scrapsAreClaimedByNobodyAndNothingThrows(String sample) {
        for (RouteTableParser p : Fixtures.ALL) {
            assertEquals(0, p.detect(sample), p.info().id() + " on '" + sample + "'");
        }
    }

    @Test
    void aSampleCutMidLineIsStillDetected() {
        String text = Fixtures.read("this-host__ip_route_show_table_all.out");
        assertEquals(90, Fixtures.IP_ROUTE.detect(text.substring(0, text.indexOf("table local") + 3)));
        String v6 = Fixtures.read("linux-proc__net_ipv6_route");
        assertEquals(95, Fixtures.PROC_IPV6_ROUTE.detect(v6.substring(0, 200)));
    }

    @Test
    void crlfSamplesAreDetected() {
        for (String name : List.of("centos-7.7__ip_route.out", "this-host__route-n.out", "linux-proc__net_route",
                "linux-proc__net_ipv6_route")) {
            String crlf = Fixtures.read(name).replace("\n", "\r\n");
            assertTrue(Fixtures.ownerOf(name).detect(crlf) >= 90, name);
        }
    }

    @Test
    void aBareNetToolsHeaderScoresLower() {
        String bare = Fixtures.lines("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface",
                "0.0.0.0         192.0.2.1       0.0.0.0         UG    0      0        0 eth0");
        assertEquals(60, Fixtures.ROUTE.detect(bare));
        assertEquals(0, MACOS.detect(bare));
    }

    @Test
    void registeredAsServicesWithTheirInfo() {
        Set<String> ids = new TreeSet<>();
        ServiceLoader.load(RouteTableParser.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getPackageName().equals("dev.routediff.parser.linux"))
                .forEach(p -> {
                    ids.add(p.info().id());
                    assertTrue(!p.info().commands().isEmpty() && !p.info().platforms().isEmpty(), p.info().id());
                });
        assertEquals(Set.of("linux-ip-route", "linux-route", "linux-proc-route", "linux-proc-ipv6-route"), ids);
        assertTrue(Fixtures.ROUTE.info().commands().containsAll(List.of("route -n", "route -6 -n", "netstat -rn")));
        assertTrue(Fixtures.IP_ROUTE.info().commands().containsAll(List.of("ip route", "ip -6 route")));
    }
}
