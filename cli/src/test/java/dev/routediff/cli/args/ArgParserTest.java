package dev.routediff.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command-line parser on a small spec: forms of options, parameters, and the messages of bad usage. */
class ArgParserTest {

    enum Colour { RED, GREEN }

    static final Opt COLOUR = Opt.value("--colour", "C", "A colour.");
    static final Opt ALL = Opt.flag("--all", "Everything.");
    static final Opt TAG = Opt.value("--tag", "T", "A tag (repeatable).").repeatable();
    static final Opt SPLIT = Opt.flag("--split", "Split or not.").negatable();
    static final Opt COUNT = Opt.value("--count", "N", "How many.");
    static final Param FILE = Param.one("FILE", "A file.");
    static final Param MORE = Param.oneOrMore("MORE", "More.").optional();

    static CommandSpec spec() {
        return new CommandSpec("tool cmd").description("Does things.").options(COLOUR, ALL, TAG, SPLIT, COUNT)
                .params(FILE, MORE);
    }

    static ParsedLine parse(String... args) throws UsageException {
        return ArgParser.parse(spec(), args, 0);
    }

    static String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void optionsInEveryForm() throws UsageException {
        ParsedLine l = parse("f", "--colour", "green", "--tag=a", "--tag", "b", "--all", "--no-split", "x", "y");
        assertEquals(Colour.GREEN, l.enumValue(COLOUR, Colour.RED, Colour.values()));
        assertEquals(List.of("a", "b"), l.values(TAG));
        assertTrue(l.flag(ALL));
        assertEquals(Boolean.FALSE, l.tristate(SPLIT));
        assertEquals("f", l.param(FILE));
        assertEquals(List.of("x", "y"), l.paramValues(MORE));
        ParsedLine none = parse("f");
        assertNull(none.tristate(SPLIT));
        assertFalse(none.flag(ALL));
        assertEquals(Colour.RED, none.enumValue(COLOUR, Colour.RED, Colour.values()));
        assertEquals(List.of(), none.paramValues(MORE));
        assertEquals(Boolean.TRUE, parse("f", "--split").tristate(SPLIT));
        assertTrue(parse("f", "--all=TRUE").flag(ALL));
    }

    @Test
    void doubleDashEndsOptionsAndADashIsAParameter() throws UsageException {
        ParsedLine l = parse("-", "--", "--all", "-x");
        assertEquals("-", l.param(FILE));
        assertEquals(List.of("--all", "-x"), l.paramValues(MORE));
        assertFalse(l.flag(ALL));
    }

    @Test
    void helpAndVersionWinOverMistakes() throws UsageException {
        assertTrue(parse("--frob", "-h").helpRequested());
        assertTrue(parse("--help").helpRequested());
        assertTrue(parse("-V").versionRequested());
        assertTrue(parse("-hV").helpRequested());
        assertFalse(parse("f", "--", "-h").helpRequested());
        // after an option that takes a value, -h is not help, and not a value either (it is an option)
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour", "-h"));
    }

    @Test
    void badUsageSaysWhatInPlainWords() throws UsageException {
        assertEquals("Unknown option: '--frob'", error("f", "--frob"));
        assertEquals("Unknown option: '-x'", error("-x", "f"));
        assertEquals("Missing required parameter: 'FILE'", error());
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour"));
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour", "--all"));
        assertEquals("option '--colour' (C) should be specified only once", error("f", "--colour=a", "--colour=b"));
        assertEquals("option '--all' should be specified only once", error("f", "--all", "--all"));
        assertEquals("Invalid value for option '--all': 'yes' is not a boolean", error("f", "--all=yes"));
        assertEquals("Invalid value for option '--colour': 'blue' is not one of red, green",
                assertThrows(UsageException.class, () -> parse("f", "--colour", "blue")
                        .enumValue(COLOUR, Colour.RED, Colour.values())).getMessage());
        assertEquals("Invalid value for option '--colour': 'gren' is not one of red, green (or r); did you mean 'green'?",
                assertThrows(UsageException.class, () -> parse("f", "--colour", "gren")
                        .enumValue(COLOUR, Colour.RED, Colour.values(), Map.of("r", Colour.RED))).getMessage());
        assertEquals(Colour.RED, parse("f", "--colour", "R").enumValue(COLOUR, Colour.GREEN, Colour.values(),
                Map.of("r", Colour.RED)));
        assertEquals(Colour.GREEN, parse("f", "--colour", "Green").enumValue(COLOUR, Colour.RED, Colour.values()));
        assertEquals("Invalid value for option '--count': expected a whole number from 1 up, found 'x'",
                assertThrows(UsageException.class, () -> parse("f", "--count", "x").intValue(COUNT, 1, Integer.MAX_VALUE))
                        .getMessage());
        assertEquals("Invalid value for option '--count': expected a whole number from 0 to 32, found 33",
                assertThrows(UsageException.class, () -> parse("f", "--count", "33").intValue(COUNT, 0, 32)).getMessage());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertEquals("Unknown option: '--colur'; did you mean '--colour'?", error("f", "--colur", "red"));
        assertEquals("Unknown option: '--colur=red'; did you mean '--colour'?", error("f", "--colur=red"));
        assertEquals("Unknown option: '--al'; did you mean '--all'?", error("f", "--al"));
        assertEquals("Unknown option: '--something-else'", error("f", "--something-else"));
    }

    @ParameterizedTest
    @CsvSource({"2, 2000", "0.5, 500", "2s, 2000", "500ms, 500", "1m, 60000", "1.5s, 1500", "1h, 3600000",
        "1d, 86400000", ".25, 250", "100ms, 100"})
    void durationsTakeUnitsOrPlainSeconds(String typed, long millis) throws UsageException {
        assertEquals(Duration.ofMillis(millis), parse("f", "--count", typed).durationValue(COUNT, "2",
                Duration.ofMillis(100), Duration.ofDays(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1x | expected a time such as 2s, 500ms or 1m (plain numbers are seconds), from 0.1s to 1 day, found '1x'",
        "abc | expected a time such as 2s, 500ms or 1m (plain numbers are seconds), from 0.1s to 1 day, found 'abc'",
        "-1 | expected a time such as 2s, 500ms or 1m (plain numbers are seconds), from 0.1s to 1 day, found '-1'",
        "50ms | expected a time from 0.1s to 1 day, found 50ms",
        "0 | expected a time from 0.1s to 1 day, found 0",
        "2d | expected a time from 0.1s to 1 day, found 2d",
    })
    void badDurationsSayWhatIsExpected(String typed, String message) {
        assertEquals("Invalid value for option '--count': " + message, assertThrows(UsageException.class,
                () -> parse("f", "--count", typed).durationValue(COUNT, "2", Duration.ofMillis(100), Duration.ofDays(1)))
                .getMessage());
    }

    @Test
    void tooManyParameters() {
        CommandSpec one = new CommandSpec("tool one").params(FILE);
        assertEquals("One argument too many: 'b' (expected FILE)",
                assertThrows(UsageException.class, () -> ArgParser.parse(one, new String[] {"one", "a", "b"}, 1))
                        .getMessage());
        assertEquals("Arguments too many: 'b', 'c' (expected FILE)",
                assertThrows(UsageException.class, () -> ArgParser.parse(one, new String[] {"one", "a", "b", "c"}, 1))
                        .getMessage());
        CommandSpec two = new CommandSpec("tool two").params(FILE, Param.one("OTHER", "Other."));
        assertEquals("Missing required parameters: 'FILE', 'OTHER'",
                assertThrows(UsageException.class, () -> ArgParser.parse(two, new String[0], 0)).getMessage());
    }

    @Test
    void theRootStopsAtTheCommandName() throws UsageException {
        CommandSpec root = new CommandSpec("tool").options(TAG);
        ParsedLine l = ArgParser.parseRoot(root, new String[] {"--tag", "x", "cmd", "--frob"});
        assertEquals(2, l.commandIndex());
        assertEquals(List.of("x"), l.values(TAG));
        assertEquals(-1, ArgParser.parseRoot(root, new String[] {"--tag", "x"}).commandIndex());
    }

    @Test
    void helpLayout() {
        String help = Help.render(spec());
        assertEquals("""
                Usage: tool cmd [-hV] [--all] [--[no-]split] [--colour=C] [--count=N]
                                [--tag=T]... FILE [MORE...]
                Does things.
                      FILE           A file.
                      MORE...        More.
                      --all          Everything.
                      --colour=C     A colour.
                      --count=N      How many.
                  -h, --help         Show this help message and exit.
                      --[no-]split   Split or not.
                      --tag=T        A tag (repeatable).
                  -V, --version      Print version information and exit.
                """, help);
        for (String line : Help.render(spec().description("word ".repeat(40).trim())).split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
    }
}
