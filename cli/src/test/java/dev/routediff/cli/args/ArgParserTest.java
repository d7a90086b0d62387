package dev.routediff.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    static ParsedLine parse(String... args) throws UsageError {
        return ArgParser.parse(spec(), args, 0);
    }

    static String error(String... args) {
        return assertThrows(UsageError.class, () -> parse(args)).getMessage();
    }

    @Test
    void optionsInEveryForm() throws UsageError {
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
    void doubleDashEndsOptionsAndADashIsAParameter() throws UsageError {
        ParsedLine l = parse("-", "--", "--all", "-x");
        assertEquals("-", l.param(FILE));
        assertEquals(List.of("--all", "-x"), l.paramValues(MORE));
        assertFalse(l.flag(ALL));
    }

    @Test
    void helpAndVersionWinOverMistakes() throws UsageError {
        assertTrue(parse("--frob", "-h").helpRequested());
        assertTrue(parse("--help").helpRequested());
        assertTrue(parse("-V").versionRequested());
        assertTrue(parse("-hV").helpRequested());
        assertFalse(parse("f", "--", "-h").helpRequested());
        // after an option that takes a value, -h is not help, and not a value either (it is an option)
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour", "-h"));
    }

    @Test
    void badUsageSaysWhatInPicocliWords() {
        assertEquals("Unknown option: '--frob'", error("f", "--frob"));
        assertEquals("Unknown option: '-x'", error("-x", "f"));
        assertEquals("Missing required parameter: 'FILE'", error());
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour"));
        assertEquals("Missing required parameter for option '--colour' (C)", error("f", "--colour", "--all"));
        assertEquals("option '--colour' (C) should be specified only once", error("f", "--colour=a", "--colour=b"));
        assertEquals("option '--all' should be specified only once", error("f", "--all", "--all"));
        assertEquals("Invalid value for option '--all': 'yes' is not a boolean", error("f", "--all=yes"));
        assertEquals("Invalid value for option '--colour': expected one of [RED, GREEN] (case-insensitive) but was "
                + "'blue'", assertThrows(UsageError.class, () -> parse("f", "--colour", "blue")
                        .enumValue(COLOUR, Colour.RED, Colour.values())).getMessage());
        assertEquals("Invalid value for option '--count': 'x' is not an int",
                assertThrows(UsageError.class, () -> parse("f", "--count", "x").intValue(COUNT)).getMessage());
    }

    @Test
    void tooManyParameters() {
        CommandSpec one = new CommandSpec("tool one").params(FILE);
        assertEquals("Unmatched argument at index 2: 'b'",
                assertThrows(UsageError.class, () -> ArgParser.parse(one, new String[] {"one", "a", "b"}, 1))
                        .getMessage());
        assertEquals("Unmatched arguments from index 2: 'b', 'c'",
                assertThrows(UsageError.class, () -> ArgParser.parse(one, new String[] {"one", "a", "b", "c"}, 1))
                        .getMessage());
        CommandSpec two = new CommandSpec("tool two").params(FILE, Param.one("OTHER", "Other."));
        assertEquals("Missing required parameters: 'FILE', 'OTHER'",
                assertThrows(UsageError.class, () -> ArgParser.parse(two, new String[0], 0)).getMessage());
    }

    @Test
    void theRootStopsAtTheCommandName() throws UsageError {
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
