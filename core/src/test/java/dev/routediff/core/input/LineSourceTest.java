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

    /** Readers that hand out a few characters at a time put line ends, CRLF pairs and long lines across refills. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameLinesWhateverTheReadSizes(long seed) throws IOException {
        java.util.Random rnd = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r", "\n\n", "\r\r\n"};
        for (int k = 0; k < 400; k++) {
            int n = rnd.nextInt(8) == 0 ? 60_000 + rnd.nextInt(10_000) : rnd.nextInt(90);
            for (int c = 0; c < n; c++) {
                text.append((char) ('a' + rnd.nextInt(26)));
            }
            text.append(rnd.nextInt(10) == 0 && k == 399 ? "" : ends[rnd.nextInt(ends.length)]);
        }
        String all = text.toString();
        java.util.List<String> expected = new java.util.ArrayList<>();
        LineSource reference = new LineSource(new StringReader(all), "t", 100_000);
        for (String l = reference.next(); l != null; l = reference.next()) {
            expected.add(l);
        }
        assertEquals(all.split("\r\n|\r|\n", -1).length - (all.endsWith("\n") || all.endsWith("\r") ? 1 : 0),
                expected.size());
        java.io.Reader dribble = new java.io.Reader() {
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == all.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + rnd.nextInt(rnd.nextBoolean() ? 7 : 70_000)), all.length() - at);
                all.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        LineSource s = new LineSource(dribble, "t", 100_000);
        java.util.List<String> got = new java.util.ArrayList<>();
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        while (s.nextLine()) {
            got.add(new String(s.chars(), s.start(), s.length()));
            numbers.add(s.lineNumber());
        }
        assertEquals(expected, got);
        for (int k = 0; k < numbers.size(); k++) {
            assertEquals(k + 1, numbers.get(k));
        }
    }
}
