package dev.routediff.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The contract must catch the mistakes it promises to catch, and pass a parser that makes none. */
class ParserContractTest {

    record Toy(String description, ToIntFunction<String> detector) implements RouteTableParser {
        @Override
        public ParserInfo info() {
            return new ParserInfo("toy-table", description, List.of("test"), List.of("cat"));
        }

        @Override
        public int detect(String sample) {
            return detector.applyAsInt(sample);
        }

        @Override
        public RouteTable parse(Reader input, String source) {
            return new RouteTable(source, "toy-table", List.of());
        }
    }

    static ParserContract contract(RouteTableParser parser, Path sample, Path foreign) {
        return new ParserContract() {
            @Override
            protected RouteTableParser parser() {
                return parser;
            }

            @Override
            protected List<Path> samples() {
                return List.of(sample);
            }

            @Override
            protected List<Path> foreignSamples() {
                return foreign == null ? List.of() : List.of(foreign);
            }
        };
    }

    static final ToIntFunction<String> HONEST = s -> s.startsWith("TOY") ? 80 : 0;

    static Path file(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aCarefulParserPasses(@TempDir Path dir) throws IOException {
        ParserContract c = contract(new Toy("toy", HONEST), file(dir, "t.txt", "TOY 1\n"), file(dir, "f.txt", "other\n"));
        c.infoIsValid();
        c.detectStaysInRangeOnGarbage();
        c.detectDoesNotClaimOtherPlatforms();
        c.detectRecognisesItsOwnSamples().forEach(t -> {
            try {
                t.getExecutable().execute();
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aDetectorThatThrowsIsTakenAsNotClaiming(@TempDir Path dir) throws IOException {
        ToIntFunction<String> throwsOnHash = s -> s.indexOf('#') >= 0 ? Integer.parseInt("x") : HONEST.applyAsInt(s);
        ParserContract c = contract(new Toy("toy", throwsOnHash), file(dir, "t.txt", "TOY #1\n"), file(dir, "f.txt", "other #\n"));
        c.detectStaysInRangeOnGarbage();
        c.detectDoesNotClaimOtherPlatforms();
        assertEquals(0, ParserContract.score(new Toy("toy", s -> Integer.parseInt("x")), "TOY"));
        // but one that throws on its own sample does not claim it, and fails
        assertThrows(AssertionFailedError.class, () -> c.detectRecognisesItsOwnSamples().findFirst().orElseThrow()
                .getExecutable().execute());
    }

    @Test
    void aScoreOutOfRangeFails(@TempDir Path dir) throws IOException {
        ParserContract c = contract(new Toy("toy", s -> s.isEmpty() ? -1 : 0), file(dir, "t.txt", "TOY\n"), null);
        assertThrows(AssertionFailedError.class, c::detectStaysInRangeOnGarbage);
    }

    @Test
    void claimingAnotherPlatformsOutputFails(@TempDir Path dir) throws IOException {
        ParserContract c = contract(new Toy("toy", s -> 50), file(dir, "t.txt", "TOY\n"), file(dir, "f.txt", "other\n"));
        assertThrows(AssertionFailedError.class, c::detectDoesNotClaimOtherPlatforms);
    }

    @Test
    void notRecognisingItsOwnSampleFails(@TempDir Path dir) throws IOException {
        ParserContract c = contract(new Toy("toy", s -> 0), file(dir, "t.txt", "TOY\n"), null);
        assertThrows(AssertionFailedError.class, () -> c.detectRecognisesItsOwnSamples().findFirst().orElseThrow()
                .getExecutable().execute());
    }

    @Test
    void aMultiLineDescriptionFails(@TempDir Path dir) throws IOException {
        ParserContract c = contract(new Toy("toy\nmore", HONEST), file(dir, "t.txt", "TOY\n"), null);
        assertThrows(AssertionFailedError.class, c::infoIsValid);
    }

    @Test
    void theGarbageIsTheSameForTheSameSeed() {
        for (int kind = 0; kind < 3; kind++) {
            assertEquals(ParserContract.randomText(new Random(7), kind), ParserContract.randomText(new Random(7), kind));
        }
    }
}
