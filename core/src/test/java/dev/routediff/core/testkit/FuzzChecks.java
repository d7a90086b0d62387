package dev.routediff.core.testkit;

import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The robustness contract of every input reader, as checks a Jazzer fuzz test calls with each generated input.
 * Any input yields a result or a {@link RouteInputException} whose message is one line starting with the source
 * name; any other exception, or a message that breaks the contract, is thrown as a finding. A parser module adds a
 * fuzz test in a few lines (the saved inputs go under {@code src/test/resources/<package>/<Class>Inputs/<method>/}):
 *
 * <pre>{@code
 * class MyParserFuzzTest {
 *     @FuzzTest
 *     void parse(byte[] input) {
 *         FuzzChecks.parser(new MyParser(), input);
 *     }
 * }
 * }</pre>
 */
public final class FuzzChecks {

    /** The name fuzzed inputs are given; every message must start with it. */
    public static final String SOURCE = "fuzz.txt";

    private FuzzChecks() {
    }

    /**
     * The way the command line reads a file: {@link TextInput} (encoding, binary and empty refused), then
     * {@code detect} on the sample (must score 0..100; a throw is taken as 0, as the reader takes it), then {@code parse} whatever the score, as
     * {@code --parser} would; a table must render to JSON.
     */
    public static void parser(RouteTableParser parser, byte[] input) {
        TextInput text;
        try {
            text = TextInput.open(SOURCE, new ByteArrayInputStream(input));
        } catch (RouteInputException e) {
            assertOneLine(e, SOURCE);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.isText()) {
            // not UTF-8: read in the first code page the parser declares that decodes it, as the reader would
            for (java.nio.charset.Charset cs : parser.codePages()) {
                TextInput decoded = text.decodedAs(cs);
                if (decoded != null) {
                    text = decoded;
                    break;
                }
            }
            if (!text.isText()) {
                assertOneLine(text.notText(), SOURCE);
                return;
            }
        }
        int score = ParserContract.score(parser, text.sample());
        if (score < 0 || score > 100) {
            throw new AssertionError(parser.info().id() + " detect scored " + score + ", expected 0..100");
        }
        RouteTable table;
        try {
            table = parser.parse(text.reader(), SOURCE);
        } catch (RouteInputException e) {
            assertOneLine(e, SOURCE);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (table == null || !SOURCE.equals(table.source())) {
            throw new AssertionError(parser.info().id() + " returned " + table + " for source " + SOURCE);
        }
        GoldenJson.tree(table);
    }

    /**
     * A message the user sees as it is: one line, {@code source: …} or {@code source:line: …}, with something
     * after the prefix.
     */
    public static void assertOneLine(RouteInputException e, String source) {
        String m = e.getMessage();
        if (m == null || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0 || m.indexOf('\u2028') >= 0
                || m.indexOf('\u2029') >= 0 || m.indexOf('\u0085') >= 0) {
            throw new AssertionError("message is not one line: " + m, e);
        }
        if (!m.startsWith(source + ":") || m.length() <= source.length() + 2) {
            throw new AssertionError("message does not start with '" + source + ":': " + m, e);
        }
    }
}
