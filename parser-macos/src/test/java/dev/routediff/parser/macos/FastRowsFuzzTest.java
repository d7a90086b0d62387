package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzzing of the fast paths: any text, read by the general row reader alone, with {@link FastRows},
 * and with {@link FastRows} plus {@link ParallelRows} in batches of three lines from the second fast row on, must
 * give the same table or the same one-line refusal. Saved inputs live in {@code FastRowsFuzzTestInputs/sameOutcome/}
 * ({@code seed-*} are the module's samples); {@code mvn verify} replays them.
 */
class FastRowsFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void sameOutcome(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        String general = outcome(new TableReader("fuzz.txt", false), text);
        assertEquals(general, outcome(new TableReader("fuzz.txt", true), text), "fast path");
        assertEquals(general, outcome(new TableReader("fuzz.txt", true, 2, 3), text), "fast path in parallel");
    }

    /** The routes as text, or the refusal's message. */
    private static String outcome(TableReader reader, String text) throws IOException {
        try {
            RouteTable t = reader.read(new StringReader(text));
            return t.routes().toString();
        } catch (RouteInputException e) {
            return "refused: " + e.getMessage();
        }
    }
}
