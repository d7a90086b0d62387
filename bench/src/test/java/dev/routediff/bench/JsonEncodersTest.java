package dev.routediff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The benchmark's two encoders print the same document, so their timings compare like with like. */
class JsonEncodersTest {

    @Test
    void jacksonBaselineWritesWhatTheCliWrites() throws IOException {
        for (int routes : new int[] {6, 20, 3_000}) {
            RouteTable t = Tables.generated(TableGenerator.Settings.of(routes, 3));
            StringWriter hand = new StringWriter();
            JsonTableWriter.write(t, hand);
            StringWriter jackson = new StringWriter();
            new JacksonTableEncoder().write(t, jackson);
            assertEquals(hand.toString(), jackson.toString(), routes + " routes");
            assertTrue(hand.toString().contains("\"routes\": ["), hand.toString());
        }
    }

    @Test
    void benchmarkMethodsWriteTheWholeDocument() throws IOException {
        JsonEncodingBenchmark b = new JsonEncodingBenchmark();
        b.routes = 20;
        b.setUp();
        StringWriter expected = new StringWriter();
        JsonTableWriter.write(b.table, expected);
        assertEquals(expected.toString().length(), b.handWritten());
        assertEquals(expected.toString().length(), b.jacksonGenerator());
    }
}
