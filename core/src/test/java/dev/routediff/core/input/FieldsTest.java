package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void splitsOnRunsOfBlanks() {
        assertEquals(List.of("default", "192.168.0.1", "UGScg", "en0"),
                Fields.split("default            192.168.0.1        UGScg             en0       "));
        assertEquals(List.of("a", "b"), Fields.split("\t a\t\f b \u000B"));
        assertEquals(List.of(), Fields.split("   "));
        assertEquals(List.of(), Fields.split(""));
    }

    @Test
    void agreesWithARegularExpressionSplitOnRandomLines() {
        Random random = new Random(11L);
        String alphabet = "ab1. \t\f\u000B\r";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = sb.toString();
            String t = line.strip();
            List<String> expected = t.isEmpty() ? List.of() : Arrays.asList(t.split("[ \\t\\f\\u000B\\r]+"));
            assertEquals(expected, Fields.split(line), line);
        }
    }

    @Test
    void smallPredicates() {
        assertTrue(Fields.isBlankLine("  \t "));
        assertFalse(Fields.isBlankLine(" x "));
        assertTrue(Fields.isDigits("1174"));
        assertFalse(Fields.isDigits(""));
        assertFalse(Fields.isDigits("!"));
        assertEquals("en0", Fields.stripTrailing("en0       "));
        assertEquals("'x'", Fields.quote("  x "));
        assertEquals("'" + "y".repeat(77) + "...'", Fields.quote("y".repeat(200)));
    }
}
