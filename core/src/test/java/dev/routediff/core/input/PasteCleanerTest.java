package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasteCleanerTest {

    private static final List<String> COMMANDS = List.of("netstat -rn", "route print", "ip route", "Get-NetRoute");

    private static PasteCleaner cleaner(String source) {
        return new PasteCleaner(source, () -> COMMANDS);
    }

    /** The whole text through the cleaner, as RouteTableReader does it. */
    private static String clean(String text) throws IOException {
        PasteCleaner c = cleaner("t");
        c.sample(text);
        return read(new CleanedReader(new StringReader(text), c));
    }

    private static String read(Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[7]; // small reads: the reader must not depend on the caller's buffer
        for (int n = r.read(buf, 0, buf.length); n >= 0; n = r.read(buf, 0, buf.length)) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$ netstat -rn", "% netstat -nr", "# netstat -rn", "kim@MacBook-Pro ~ % netstat -nr",
        "kim@box:~$ ip route", "[kim@box ~]$ ip route", "MacBook-Pro:~ kim$ netstat -rn", "PS C:\\> route print",
        "PS C:\\Users\\kim> Get-NetRoute | Format-List", "C:\\>route print", "C:\\Users\\kim>route print",
        "PS /home/kim> ip route", "$ sudo netstat -rn | head -40"})
    void promptAndCommandAboveTheTableAreEmptied(String prompt) throws IOException {
        String text = prompt + "\nDestination Gateway\nrow 1\n";
        assertEquals("\nDestination Gateway\nrow 1\n", clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim@MacBook-Pro ~ % ", "$", "C:\\Users\\kim>", "PS C:\\Users\\kim> ", "[kim@box ~]$ "})
    void aTrailingPromptIsEmptied(String prompt) throws IOException {
        assertEquals("row 1\r\nrow 2\r\n\r\n", clean("row 1\r\nrow 2\r\n" + prompt + "\r\n"));
    }

    @Test
    void rowsAndCommentsAreNotPrompts() throws IOException {
        String text = "# before connecting\nfe80::%utun0/64 fe80::1%utun0 UcI utun0\n192.168.0 link#6 UCS en0 !\n"
                + "default via 10.0.0.1 dev eth0 metric 100\n  1...........................Software Loopback Interface 1\n";
        assertEquals(text, clean(text));
        PasteCleaner c = cleaner("t");
        c.sample(text);
        assertNull(c.notice());
    }

    @Test
    void quoteMarkersAreTakenOffEveryLineKeepingIndentation() throws IOException {
        String text = "> C:\\>route print\n> IPv4 Route Table\n>\n>           0.0.0.0   0.0.0.0\n> >  nested\n";
        assertEquals("\nIPv4 Route Table\n\n          0.0.0.0   0.0.0.0\n nested\n", clean(text));
    }

    @Test
    void aLineStartingWithGreaterThanIsNotAQuoteUnlessEveryLineIs() throws IOException {
        String text = "> note\nrow 1\n";
        assertEquals(text, clean(text));
    }

    @Test
    void markdownBordersAndRuleAreTakenOff() throws IOException {
        String text = "Internet:\n| Destination | Gateway | Flags | Netif | Expire |\n|---|:---:|---|---|---|\n"
                + "| 10.243/27 | 10.243.0.7 | UGSc | utun3 | |\n";
        assertEquals("Internet:\nDestination Gateway Flags Netif Expire\n\n10.243/27 10.243.0.7 UGSc utun3\n", clean(text));
    }

    @Test
    void noticeSaysWhatWasLeftOutAndWhere() throws IOException {
        PasteCleaner c = cleaner("paste.txt");
        String text = "$ netstat -rn\nrow 1\nrow 2\n$ \n";
        c.sample(text);
        read(new CleanedReader(new StringReader(text), c));
        assertEquals("paste.txt: read as a pasted table; left out a shell prompt and command (line 1), a trailing "
                + "shell prompt (line 4)", c.notice());
    }

    @Test
    void aSecondRouteCommandAfterRowsIsASecondTable() {
        String text = "$ netstat -rn\nrow 1\n\n$ netstat -nr\nrow 1\n";
        RouteInputException e = assertThrows(RouteInputException.class, () -> clean(text));
        assertEquals("t:4: expected one route table per input, found a second 'netstat -nr' starting here (the first "
                + "starts at line 2); tables are not merged: split it there, e.g. head -n 3 t > before.txt; "
                + "tail -n +4 t > after.txt", e.getMessage());
        RouteInputException stdin = assertThrows(RouteInputException.class,
                () -> cleaner(RouteTableReader.STDIN).sample(text));
        assertTrue(stdin.getMessage().startsWith("stdin:4: "), stdin.getMessage());
        assertTrue(stdin.getMessage().endsWith("split the input there and give each table on its own"));
    }

    @Test
    void aSecondMarkdownTableIsASecondTable() {
        String text = "| Destination | Gateway |\n|---|---|\n| a | b |\n\n| Destination | Gateway |\n|---|---|\n";
        RouteInputException e = assertThrows(RouteInputException.class, () -> clean(text));
        assertTrue(e.getMessage().startsWith("t:5: expected one route table per input, found a second Markdown table"),
                e.getMessage());
    }

    @Test
    void aRouteCommandAfterOtherOutputIsLeftToTheParser() throws IOException {
        // cstdout's session: netstat -n output, then the prompt of netstat -rn and route print's text
        String text = "Active Connections\n  TCP 10.0.0.1:1 10.0.0.2:2\nPS C:\\Users\\Student> netstat -rn\n=====\n";
        assertEquals(text, clean(text));
    }

    @Test
    void lineEndsAndLineCountAreKeptWhateverTheReadSizes() throws IOException {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int lines = random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                b.append("x".repeat(random.nextInt(random.nextInt(10) == 0 ? 70_000 : 30)));
                b.append(List.of("\n", "\r\n", "\r").get(random.nextInt(3)));
            }
            String text = b.toString();
            assertEquals(text, clean(text), "round " + round);
        }
    }

    /** Seeded random lines full of prompt characters: cleaned, or refused in one line naming the source, nothing else. */
    @Test
    void randomLinesAreCleanedOrRefusedInOneLine() throws IOException {
        Random random = new Random(2026);
        String alphabet = "$%#>| -:\\@~[]abcPSC0123456789.\t/";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                int n = random.nextInt(40);
                for (int j = 0; j < n; j++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                b.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            String text = b.toString();
            try {
                String cleaned = clean(text);
                assertEquals(text.split("\r\n|\r|\n", -1).length, cleaned.split("\r\n|\r|\n", -1).length, text);
            } catch (RouteInputException e) {
                assertTrue(e.getMessage().startsWith("t:") && !e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }
}
