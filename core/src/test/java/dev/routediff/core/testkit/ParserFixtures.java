package dev.routediff.core.testkit;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A parser module's own sample files, by the layout every parser module uses: inputs in
 * {@code src/test/resources/fixtures/}, golden JSON in {@code src/test/resources/golden/} (paths relative to the module,
 * Surefire's working directory).
 */
public final class ParserFixtures {

    public static final Path DIR = Path.of("src", "test", "resources", "fixtures");
    public static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private ParserFixtures() {
    }

    /** Parses the sample {@code name} with {@code parser}, the file name as the source. */
    public static RouteTable parseFile(RouteTableParser parser, String name) {
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return parser.parse(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the sample {@code name}. */
    public static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses inline text, the source named {@code test}. */
    public static RouteTable parse(RouteTableParser parser, String text) {
        try {
            return parser.parse(new StringReader(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
