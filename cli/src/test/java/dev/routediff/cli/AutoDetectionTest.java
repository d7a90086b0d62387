package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With every bundled parser installed, detection alone picks the right one for every real route dump in the
 * testkit's corpus, and refuses what it must not guess at (FreeBSD, output printed with names) in one line.
 */
class AutoDetectionTest {

    /** A copy of the testkit's corpus: the CLI opens files by name. */
    @TempDir
    static Path FIXTURES;

    @BeforeAll
    static void copyTheCorpus() {
        Corpus.copyTo(FIXTURES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "macos/jackpal-gateway__darwin.txt | macos-netstat | 2",
        "macos/osx-10.14.6__netstat-rnl.out | macos-netstat | 89",
        "macos/walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out | macos-netstat | 90",
        "linux/centos-7.7__ip_route.out | linux-ip-route | 4",
        "linux/ubuntu-18.04__ip_route.out | linux-ip-route | 4",
        "linux/ntc-templates__linux_ip_route_show.raw | linux-ip-route | 12",
        "linux/ntc-templates__linux_ip_route_show2.raw | linux-ip-route | 6",
        "linux/ntc-templates__linux_ip_route_show_linkdown.raw | linux-ip-route | 4",
        "linux/centos-7.7__netstat-rne.out | linux-route | 3",
        "linux/centos-7.7__netstat-rnee.out | linux-route | 3",
        "linux/centos-7.7__route-6-n.out | linux-route | 21",
        "linux/centos-7.7__route-vn.out | linux-route | 3",
        "linux/ubuntu-18.04__netstat-rne.out | linux-route | 3",
        "linux/ubuntu-18.04__netstat-rnee.out | linux-route | 3",
        "linux/ubuntu-18.04__route-vn.out | linux-route | 3",
        "linux/jackpal-gateway__linux.txt | linux-proc-route | 5",
        "linux/linux-proc__net_route | linux-proc-route | 3",
        "linux/linux-proc__net_ipv6_route | linux-proc-ipv6-route | 7",
        "windows/cstdout-computer_networks__netstat_rn.txt | windows-route | 24",
        "windows/jackpal-gateway__windows.txt | windows-route | 4",
        "windows/jackpal-gateway__windowsLocalized.txt | windows-route | 1",
        "windows/jackpal-gateway__windowsLocalized2.txt | windows-route | 2",
        "windows/jackpal-gateway__windowsMultipleGateways.txt | windows-route | 2",
        "windows/jackpal-gateway__windowsNoDefaultRoute.txt | windows-route | 3",
        "windows/windows-10__route.out | windows-route | 73",
    })
    void detectionPicksTheRightParser(String fixture, String parser, int routes) throws IOException {
        CliTest.Result r = CliTest.run("parse", FIXTURES.resolve(fixture).toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(parser, n.get("parser").asText());
        assertEquals(routes, n.get("routes").size());
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
        "freebsd/freebsd12__netstat-r.out | 1: no parser recognises this input",
        "freebsd/jackpal-gateway__freeBSD.txt | 1: no parser recognises this input",
        "macos/jackpal-gateway__darwinBadRoute.txt | 1: no parser recognises this input",
        "macos/jackpal-gateway__darwinNoRoute.txt | 1: no parser recognises this input",
        "macos/osx-10.14.6__netstat-r.out | 5: expected numeric addresses, found the name 'dsldevice.attlocal'",
        "linux/centos-7.7__netstat-r.out | 3: expected a numeric Destination, found 'default'",
        "linux/centos-7.7__route.out | 3: expected a numeric Destination, found 'default'",
        "linux/centos-7.7__route-6.out | 3: expected a numeric Destination, found '[::]/96'",
        "linux/nixos__route-ee.out | 3: expected a numeric Destination, found 'default'",
        "linux/ubuntu-18.04__netstat-r.out | 3: expected a numeric Destination, found 'default'",
        "linux/ubuntu-18.04__route.out | 3: expected a numeric Destination, found 'default'",
    })
    void whatCannotBeReadWithoutGuessingIsRefusedInOneLine(String fixture, String message) {
        String path = FIXTURES.resolve(fixture).toString();
        CliTest.Result r = CliTest.run("parse", path);
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(path + ":" + message), r.err());
    }

    /** Every route dump among the fixtures is in one of the two lists above. */
    @Test
    void everyFixtureIsCovered() throws IOException {
        Set<String> listed = Stream.of(getClass().getDeclaredMethods())
                .flatMap(m -> Stream.ofNullable(m.getAnnotation(CsvSource.class)))
                .flatMap(c -> Stream.of(c.value()))
                .map(v -> v.substring(0, v.indexOf('|')).trim())
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            Set<String> dumps = files.filter(Files::isRegularFile)
                    .map(p -> FIXTURES.relativize(p).toString())
                    .filter(p -> !p.startsWith("aws-cli/") && !p.endsWith(".json") && !p.endsWith(".yml")
                            && !p.endsWith(".md"))
                    .collect(Collectors.toSet());
            assertEquals(dumps, listed);
        }
    }

    /**
     * The launcher's registry asks the built-in parser (macos-netstat) first and opens the bundled jars only when it
     * claims nothing. On every fixture, that picks the parser that asking all of them at once picks.
     */
    @Test
    void askingTheBuiltInFirstPicksWhatAskingAllPicks() throws IOException {
        List<Plugin<RouteTableParser>> all = PluginRegistry.load(getClass().getClassLoader()).parsers();
        List<Plugin<RouteTableParser>> builtIn = new ArrayList<>();
        for (Plugin<RouteTableParser> p : all) {
            if (p.id().equals("macos-netstat")) {
                builtIn.add(p);
            }
        }
        assertEquals(1, builtIn.size());
        List<Path> dumps;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            dumps = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        int claimedByBuiltIn = 0;
        for (Path dump : dumps) {
            String sample;
            try (InputStream in = Files.newInputStream(dump)) {
                sample = TextInput.open(dump.toString(), in).sample();
            } catch (RouteInputException e) {
                continue; // not text: no parser is asked
            }
            String first = best(builtIn, sample);
            if (first != null) {
                claimedByBuiltIn++;
            }
            assertEquals(best(all, sample), first != null ? first : best(all, sample), dump.toString());
        }
        assertTrue(claimedByBuiltIn >= 3, "macOS fixtures claimed: " + claimedByBuiltIn);
    }

    /** The id of the parser that scores highest (ties to the first, which is the lower id), or null. */
    private static String best(List<Plugin<RouteTableParser>> parsers, String sample) {
        String best = null;
        int score = 0;
        for (Plugin<RouteTableParser> p : parsers) {
            int s = p.provider().detect(sample);
            if (s > score) {
                best = p.id();
                score = s;
            }
        }
        return best;
    }
}
