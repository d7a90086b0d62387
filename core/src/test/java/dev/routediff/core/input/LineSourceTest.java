package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {

    private static List<String> lines(String text) throws IOException {
        LineSource s = new LineSource(new StringReader(text), "t", 10);
        List<String> out = new ArrayList<>();
        for (String l = s.next(); l != null; l = s.next()) {
            out.add(s.lineNumber() + ":" + l);
        }
        return out;
    }

    @Test
    void splitsOnEveryLineEnding() throws IOException {
        assertEquals(List.of("1:a", "2:b", "3:c", "4:", "5:d"), lines("a\nb\r\nc\r\rd"));
        assertEquals(List.of("1:a", "2:"), lines("a\n\n"));
        assertEquals(List.of(), lines(""));
        assertNull(new LineSource(new StringReader(""), "t").next());
    }

    @Test
    void capsLineLengthWithAClearMessage() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> lines("ok\n" + "x".repeat(11)));
        assertEquals("t:2: a line longer than 10 characters, expected the rows of a route table (is this a route dump?)",
                e.getMessage());
    }

    @Test
    void readsAcrossBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("row ").append(i).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        LineSource s = new LineSource(new StringReader(sb.toString()), "t");
        int n = 0;
        for (String l = s.next(); l != null; l = s.next()) {
            assertEquals("row " + n, l);
            n++;
        }
        assertEquals(5000, n);
    }
}
