package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.RouteInputException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextInputTest {

    private static String readAll(byte[] bytes) throws IOException {
        TextInput in = TextInput.open("x.txt", new ByteArrayInputStream(bytes));
        return new BufferedReader(in.reader()).lines().collect(Collectors.joining("\n"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesByteOrderMarks() throws IOException {
        String text = "Routing tables\n\nInternet:";
        assertEquals(text, readAll(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, readAll(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(text, readAll(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(text, readAll(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void readsUtf16LeWithoutByteOrderMark() throws IOException {
        // only the first 256 bytes must be ASCII: a localized word further on is decoded like the rest
        String text = "=".repeat(75) + "\r\nInterface List\r\n  1...........................Software Loopback Interface 1"
                + "\r\n  2...........................Tunnel\r\nEn v\u00ednculo";
        assertEquals(text.replace("\r\n", "\n"), readAll(text.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16LeHeuristicIsTight() {
        assertTrue(TextInput.looksLikeUtf16Le("Routing tables\n".getBytes(StandardCharsets.UTF_16LE)));
        assertFalse(TextInput.looksLikeUtf16Le("Routing tables\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextInput.looksLikeUtf16Le("Routing tables\n".getBytes(StandardCharsets.UTF_16BE)));
        assertFalse(TextInput.looksLikeUtf16Le("abc".getBytes(StandardCharsets.UTF_16LE))); // too short to tell
        assertFalse(TextInput.looksLikeUtf16Le(new byte[] {'a', 0, 'b', 0, 1, 0, 'c', 0, 'd', 0})); // control byte
        assertFalse(TextInput.looksLikeUtf16Le(new byte[] {'a', 0, 'b', 0, 'c', 0, 'd', 0, 'e'})); // odd length
        assertFalse(TextInput.looksLikeUtf16Le(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0})); // NULs: binary
    }

    @Test
    void refusesEmptyBlankAndBinaryInputInOneLine() {
        RouteInputException empty = assertThrows(RouteInputException.class, () -> readAll(new byte[0]));
        assertEquals("x.txt: empty, expected the output of a route-table command such as netstat -rn", empty.getMessage());
        RouteInputException blank = assertThrows(RouteInputException.class, () -> readAll(" \n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.txt: only blank lines, expected the output of a route-table command such as netstat -rn", blank.getMessage());
        RouteInputException binary = assertThrows(RouteInputException.class, () -> readAll("a\nb\u0000c".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.txt:2: binary data (a NUL byte), expected the text of a route table", binary.getMessage());
    }

    @Test
    void blankLinesOfAnyLengthBeforeTheTableDoNotHideIt() throws IOException {
        String table = "Routing tables\n\nInternet:\n";
        byte[] bytes = ("\n".repeat(1_000_000) + " ".repeat(70_000) + "\r\n\t\n" + table).getBytes(StandardCharsets.UTF_8);
        TextInput in = TextInput.open("x.txt", new ByteArrayInputStream(bytes));
        assertEquals(table, in.sample());
        assertEquals(1_000_003, in.sampleFirstLine());
        LineSource lines = new LineSource(in.reader(), "x.txt");
        String line;
        do {
            line = lines.next();
        } while (line != null && line.isEmpty());
        assertEquals("Routing tables", line);
        assertEquals(1_000_003, lines.lineNumber());
    }

    @Test
    void refusesANulOrBytesThatAreNotUtf8WhereverTheyAre() throws IOException {
        String rows = "a\n".repeat(40_000); // 80 KB: past the sample
        RouteInputException nul = assertThrows(RouteInputException.class,
                () -> readAll((rows + "b\u0000c\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.txt:40001: binary data (a NUL byte), expected the text of a route table", nul.getMessage());
        byte[] late = (rows + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        RouteInputException notUtf8 = assertThrows(RouteInputException.class, () -> readAll(late));
        assertEquals("x.txt:40001: bytes that are not UTF-8 text (0xE9), expected UTF-8 or UTF-16 text; convert it"
                + " first, e.g. iconv -f ITS-ENCODING -t UTF-8", notUtf8.getMessage());
    }

    @Test
    void inputThatIsNotUtf8WaitsForACodePage() throws IOException {
        byte[] bytes = "Routing\nM\u00e9trique\n".getBytes(java.nio.charset.Charset.forName("IBM850"));
        TextInput in = TextInput.open("x.txt", new ByteArrayInputStream(bytes));
        assertFalse(in.isText());
        RouteInputException refused = assertThrows(RouteInputException.class, in::reader);
        assertEquals(2, refused.line());
        TextInput cp850 = in.decodedAs(java.nio.charset.Charset.forName("IBM850"));
        assertEquals("Routing\nM\u00e9trique\n", cp850.sample());
        assertEquals("Routing\nM\u00e9trique", new BufferedReader(cp850.reader()).lines().collect(Collectors.joining("\n")));
        assertEquals(2, cp850.notTextLine());
    }
}
