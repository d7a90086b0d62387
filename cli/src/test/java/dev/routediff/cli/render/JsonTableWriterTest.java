package dev.routediff.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.GoldenFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written streaming JSON of parse is byte for byte what Jackson writes for the same table. */
class JsonTableWriterTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    static String streamed(RouteTable t) throws IOException {
        StringWriter w = new StringWriter();
        JsonTableWriter.write(t, w);
        return w.toString();
    }

    static String jackson(RouteTable t) {
        JsonViews json = new JsonViews();
        return json.write(json.table(t));
    }

    @Test
    void everyFixtureAndExample() throws IOException {
        RouteTableReader reader = new RouteTableReader(PluginRegistry.load(getClass().getClassLoader()));
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(GoldenFiles.sharedFixtures()), Files.walk(ROOT.resolve("examples")))) {
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
}
