package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.testkit.Corpus;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetectionTest {

    private static final WindowsRouteParser PARSER = Fixtures.PARSER;
    private static final MacosNetstatParser MACOS = new MacosNetstatParser();

    @ParameterizedTest
    @ValueSource(strings = {
            "windows-10__route.out",
            "cstdout-computer_networks__netstat_rn.txt",
            "jackpal-gateway__windows.txt",
            "jackpal-gateway__windowsLocalized.txt",
            "jackpal-gateway__windowsLocalized2.txt",
            "jackpal-gateway__windowsMultipleGateways.txt",
            "jackpal-gateway__windowsNoDefaultRoute.txt",
    })
    void ownSamplesScoreCertain(String fixture) {
        assertEquals(Detection.CERTAIN, PARSER.detect(Fixtures.read(fixture)));
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
        if (platform.equals("windows") && !name.endsWith(".json")) {
            assertEquals(Detection.CERTAIN, score, name);
            assertEquals(0, MACOS.detect(sample), name + " is claimed by macos-netstat too");
        } else {
            assertEquals(0, score, name);
        }
        if (platform.equals("macos")) {
            assertTrue(score < MACOS.detect(sample) || MACOS.detect(sample) == 0, name);
        }
    }

    @Test
    void structureNotWordsIsWhatCounts() {
        String german = Fixtures.lines(
                "===========================================================================",
                "Schnittstellenliste",
                "  6...cc 15 31 1e 58 07 ......Intel(R) Wi-Fi 6 AX201 160MHz",
                "===========================================================================",
                "",
                "IPv4-Routentabelle",
                "===========================================================================",
                "Aktive Routen:",
                "     Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik",
                "          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.20     25");
        assertEquals(Detection.CERTAIN, PARSER.detect(german));
    }

    @Test
    void partialShapesScoreLower() {
        String titleOnly = Fixtures.lines("IPv6 Route Table",
                "===========================================================================", "Active Routes:", "  None");
        assertEquals(Detection.TITLED, PARSER.detect(titleOnly));
        String listOnly = Fixtures.lines("===========================================================================",
                "Interface List", "  1...........................Software Loopback Interface 1",
                "===========================================================================");
        assertEquals(Detection.INTERFACES_ONLY, PARSER.detect(listOnly));
        assertEquals(0, PARSER.detect("==========================================\nsome report\n"));
        assertEquals(0, PARSER.detect(""));
    }

    @Test
    void neverThrows() {
        assertEquals(0, PARSER.detect(null));
        assertEquals(0, PARSER.detect("====================\r\r\r\n\n   ...  \u0000"));
    }
}
