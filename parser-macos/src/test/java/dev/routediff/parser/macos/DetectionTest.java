package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetectionTest {

    private static final MacosNetstatParser PARSER = Fixtures.PARSER;

    @ParameterizedTest
    @ValueSource(strings = {
            "osx-10.14.6__netstat-rnl.out",
            "osx-10.14.6__netstat-r.out",
            "jackpal-gateway__darwin.txt",
            "walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out",
    })
    void macosSamplesScoreHigh(String fixture) {
        // netstat-r (no -n) is macOS too: claiming it lets the parser explain why it is refused
        assertEquals(Detection.CERTAIN, PARSER.detect(Fixtures.read(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "freebsd12__netstat-r.out",
            "jackpal-gateway__freeBSD.txt",
            // hand-edited from FreeBSD output: 6 blanks after Flags and a full 10.88.88.0/24
            "jackpal-gateway__darwinBadRoute.txt",
            "jackpal-gateway__darwinNoRoute.txt",
    })
    void freebsdShapedSamplesScoreZero(String fixture) {
        assertEquals(0, PARSER.detect(Fixtures.read(fixture)));
    }

    static Stream<Path> corpusSamples() {
        return Corpus.samples().stream();
    }

    @ParameterizedTest
    @MethodSource("corpusSamples")
    void everyCorpusSampleIsScoredByItsPlatform(Path file) throws IOException {
        String sample = Files.readString(file, StandardCharsets.UTF_8);
        String platform = Corpus.platform(file);
        String name = file.getFileName().toString();
        int score = PARSER.detect(sample);
        boolean macosTable = platform.equals("macos") && !name.endsWith(".json") && !name.contains("darwinBadRoute")
                && !name.contains("darwinNoRoute");
        if (macosTable) {
            assertTrue(score > 0, name + " scored " + score);
        } else {
            assertEquals(0, score, name);
        }
    }

    @Test
    void bareTablesScoreLowerButPositive() {
        String v4 = Fixtures.lines("Destination        Gateway            Flags           Netif Expire",
                "10.243/27          10.243.0.7         UGSc            utun3");
        assertEquals(Detection.BARE_TABLE, PARSER.detect(v4));
        String titled = Fixtures.lines("Internet:", "Destination        Gateway            Flags               Netif Expire",
                "default            10.120.10.1        UGScg                 en8");
        assertEquals(Detection.BARE_TABLE, PARSER.detect(titled));
        String freebsdBare = Fixtures.lines("Destination        Gateway            Flags     Netif Expire",
                "default            192.168.71.2       UGS         em0");
        assertEquals(0, PARSER.detect(freebsdBare));
    }

    @Test
    void emptyTableScoresLow() {
        assertEquals(Detection.EMPTY_TABLE, PARSER.detect("Routing tables\n"));
    }

    @Test
    void crlfSampleIsDetected() {
        String crlf = Fixtures.read("walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out").replace("\n", "\r\n");
        assertEquals(Detection.CERTAIN, PARSER.detect(crlf));
    }

    @Test
    void sampleCutInsideALaterHeaderStillCounts() {
        String text = Fixtures.read("osx-10.14.6__netstat-rnl.out");
        String cut = text.substring(0, text.indexOf("Internet6:") + "Internet6:\nDestination    ".length());
        assertEquals(Detection.CERTAIN, PARSER.detect(cut));
    }

    @Test
    void nothingElseIsClaimedAndNothingThrows() {
        for (String s : new String[] {"", "\n\n", "Routing", "Destination", "Routing tables\nDestination",
                "Routing tables\n\nInternet:\nDestination        Gateway            Flags", "\u0000\u0001", "x:"}) {
            assertFalse(PARSER.detect(s) > Detection.EMPTY_TABLE, s);
        }
    }

    @Test
    void registeredAsAServiceWithItsInfo() {
        List<RouteTableParser> found = ServiceLoader.load(RouteTableParser.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p instanceof MacosNetstatParser).toList();
        assertEquals(1, found.size());
        RouteTableParser p = found.get(0);
        assertEquals("macos-netstat", p.info().id());
        assertTrue(p.info().commands().contains("netstat -rn"));
    }
}
