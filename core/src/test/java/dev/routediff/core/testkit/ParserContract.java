package dev.routediff.core.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.PluginIds;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks every parser plugin must pass. Extend it in your plugin's tests, say which parser and which samples,
 * and JUnit runs them all:
 *
 * <pre>{@code
 * class CsvParserContractTest extends ParserContract {
 *     protected RouteTableParser parser() { return new CsvRoutesParser(); }
 *     protected List<Path> samples() { return List.of(Path.of("src/test/resources/samples/office.csv")); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code info()} is valid: a plain id, a one-line description, at least one platform and one command;</li>
 *   <li>{@code detect} stays in 0..100 on garbage: seeded random text, empty and blank input, binary-looking text,
 *       and the other platforms' samples you pass in {@link #foreignSamples()} (where it must also not claim them
 *       with more than {@link #foreignCeiling()}); a detect that throws is taken as 0, as routediff takes it
 *       ({@link #score}), so it need not guard itself;</li>
 *   <li>{@code detect} is above 0 on each of your samples, read the way the CLI reads them;</li>
 *   <li>each sample parses to its reviewed golden JSON ({@link GoldenJson}); write or refresh the files with
 *       {@code -Droutediff.golden.update=true} and review them.</li>
 * </ul>
 *
 * The random inputs come from a fixed seed, so a failure names an input you can reproduce.
 */
public abstract class ParserContract {

    /** The parser under test; a new instance is fine, parsers are stateless. */
    protected abstract RouteTableParser parser();

    /** Files in your format (at least one), relative to the module folder. */
    protected abstract List<Path> samples();

    /** Output of other platforms' commands, which your parser must not claim; none by default. */
    protected List<Path> foreignSamples() {
        return List.of();
    }

    /** The highest score allowed on a foreign sample: below any real parser's confident answer. */
    protected int foreignCeiling() {
        return 10;
    }

    /** Where the golden JSON of a sample lives: {@code src/test/resources/golden/NAME.json} by default. */
    protected Path golden(Path sample) {
        return Path.of("src", "test", "resources", "golden", sample.getFileName() + ".json");
    }

    /** The seed of the random garbage; change it to explore, keep it fixed in the build. */
    protected long seed() {
        return 20_240_501L;
    }

    /** How many random strings {@code detect} sees. */
    protected int randomInputs() {
        return 500;
    }

    @Test
    void infoIsValid() {
        ParserInfo info = assertDoesNotThrow(() -> parser().info(), "info() must not throw");
        assertNotNull(info, "info() returned null");
        assertEquals(info.id(), PluginIds.requireValid(info.id()));
        assertFalse(info.description().isBlank(), "describe the parser in one line");
        assertFalse(info.description().contains("\n"), "the description must be one line");
        assertFalse(info.platforms().isEmpty(), "name at least one platform");
        assertFalse(info.commands().isEmpty(), "name at least one command whose output it reads");
        assertEquals(info, parser().info(), "info() must return the same every time");
    }

    @Test
    void detectStaysInRangeOnGarbage() {
        Random random = new Random(seed());
        List<String> inputs = new ArrayList<>(List.of("", " ", "\n", "\r\n\r\n", "\t", "\uFEFF", "0", ",,,", "#",
                "Destination", "default", "0.0.0.0", "::", "\u0000\u0001\u0002", "\uFFFD\uFFFD\uFFFD"));
        for (int i = 0; i < randomInputs(); i++) {
            inputs.add(randomText(random, i % 3));
        }
        for (int i = 0; i < inputs.size(); i++) {
            String s = inputs.get(i);
            String label = "input #" + i + " (seed " + seed() + ")";
            int score = score(parser(), s);
            assertTrue(score >= 0 && score <= 100, "detect returned " + score + " on " + label);
        }
    }

    @Test
    void detectDoesNotClaimOtherPlatforms() {
        for (Path p : foreignSamples()) {
            String sample = sampleOf(p);
            int score = score(parser(), sample);
            assertTrue(score >= 0 && score <= foreignCeiling(), "detect gave " + score + " to " + p
                    + ", which is not this parser's format (ceiling " + foreignCeiling() + ")");
        }
    }

    @TestFactory
    Stream<DynamicTest> detectRecognisesItsOwnSamples() {
        assertFalse(samples().isEmpty(), "give at least one sample of your format");
        return samples().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            int score = score(parser(), sampleOf(p));
            assertTrue(score > 0 && score <= 100, "detect gave " + score + " to its own sample " + p);
        }));
    }

    @TestFactory
    Stream<DynamicTest> samplesParseToTheirGoldenJson() {
        return samples().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            RouteTable table = parse(p);
            assertEquals(parser().info().id(), table.parserId(), "the table must name the parser that read it");
            GoldenJson.assertMatches(golden(p), table);
        }));
    }

    /**
     * The score routediff sees when it asks {@code parser} about {@code sample}: what detect returns, or 0 when it
     * throws a RuntimeException (RouteTableReader takes a detector that throws as one that does not claim the
     * input). An Error still fails the test.
     */
    public static int score(RouteTableParser parser, String sample) {
        try {
            return parser.detect(sample);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Parses a file as {@code routediff parse FILE} does, named by its file name so golden files are portable. */
    protected RouteTable parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            TextInput input = TextInput.open(file.getFileName().toString(), in);
            return parser().parse(input.reader(), input.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detection sample of a file, as the CLI takes it (decoded, at most the first 64 KiB). */
    protected static String sampleOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TextInput.open(file.getFileName().toString(), in).sample();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String TABLE_CHARS = "0123456789abcdefABCDEF.:/#%-_ \t\n,;|=<>!*";

    /** kind 0: table-like characters; 1: any printable text; 2: control and binary-looking characters. */
    static String randomText(Random random, int kind) {
        int length = random.nextInt(kind == 0 ? 400 : 120);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (kind) {
                case 0 -> sb.append(TABLE_CHARS.charAt(random.nextInt(TABLE_CHARS.length())));
                case 1 -> sb.appendCodePoint(0x20 + random.nextInt(0x2FF));
                default -> sb.append((char) random.nextInt(0x10000));
            }
        }
        return new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
