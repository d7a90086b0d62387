package dev.routediff.parser.osquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection as the CLI uses it: plugins found by ServiceLoader, the parser chosen by score alone. */
class DetectionTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load(DetectionTest.class.getClassLoader());
    private static final RouteTableReader READER = new RouteTableReader(REGISTRY);

    static final java.util.List<String> SAMPLES = Fixtures.ALL;

    @Test
    void pluginsLoadWithoutProblems() {
        assertTrue(REGISTRY.problems().isEmpty(), REGISTRY.problems().toString());
        assertTrue(REGISTRY.parser(OsqueryRoutesParser.ID).isPresent());
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleIsClaimedAndReadByThisParser(String name) throws IOException {
        assertEquals(Detection.CERTAIN, Fixtures.PARSER.detect(Fixtures.read(name)));
        RouteTable t = READER.read(Fixtures.DIR.resolve(name).toString(), InputStream.nullInputStream(), null);
        assertEquals(OsqueryRoutesParser.ID, t.parserId());
        assertTrue(t.size() > 0, name);
    }

    static Stream<Path> corpus() {
        return Corpus.samples().stream();
    }

    /** jc's JSON of netstat/route/route print, the AWS CLI's JSON and every text dump stay with their owners. */
    @ParameterizedTest
    @MethodSource("corpus")
    void noOtherInputIsClaimed(Path sample) throws IOException {
        assertEquals(0, Fixtures.PARSER.detect(java.nio.file.Files.readString(sample)), sample.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "{\"Routes\":[{\"DestinationCidr\":\"10.0.0.0/16\",\"TargetSubnet\":\"subnet-1\"}]}",
        "[{\"destination\":\"default\",\"gateway\":\"10.0.0.1\",\"genmask\":\"0.0.0.0\",\"iface\":\"eth0\"}]",
        "[{\"destination\":\"10.0.0.0\",\"netmask\":\"255.0.0.0\",\"gateway\":\"10.0.0.1\",\"interface\":\"eth0\"}]",
        "[{\"address\":\"10.0.0.1\",\"mac\":\"aa:bb:cc:dd:ee:ff\",\"interface\":\"en0\"}]",
        "Destination        Gateway            Flags        Netif Expire",
    })
    void lookalikesScoreZero(String sample) {
        assertEquals(0, Fixtures.PARSER.detect(sample));
    }

    @Test
    void aSampleCutMidDocumentStillCounts() {
        String whole = Fixtures.read(Fixtures.LINUX);
        assertEquals(Detection.CERTAIN, Fixtures.PARSER.detect(whole.substring(0, whole.indexOf("},") + 2)));
        assertEquals(0, Fixtures.PARSER.detect(whole.substring(0, 40)));
    }

    @Test
    void numericsAndPrettyPrintedLinesAreClaimed() {
        String pretty = "{\n  \"name\": \"routes\",\n  \"snapshot\": [\n    {\"destination\": \"0.0.0.0\", \"netmask\": 0,"
                + " \"gateway\": \"10.0.0.1\", \"interface\": \"eth0\"}\n  ]\n}\n";
        assertEquals(Detection.CERTAIN, Fixtures.PARSER.detect(pretty));
    }
}
