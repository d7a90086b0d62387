package dev.routediff.core.input;

import dev.routediff.core.spi.Api;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginOrigin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.spi.UnknownPluginException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Opens what the user named (a path, or {@code -} for standard input), picks a parser (the one asked for, or the
 * one whose {@code detect} scores highest; ties go to the lower id, so the choice is deterministic) and parses.
 */
@Api(Api.Status.INTERNAL)
public final class RouteTableReader {

    /** How standard input is named in messages and output. */
    public static final String STDIN = "stdin";

    private static final Consumer<String> NO_NOTICES = new Consumer<>() {
        @Override
        public void accept(String notice) {
        }
    };

    private final PluginRegistry registry;
    private final Consumer<String> notices;
    private final PluginParserCalls calls;
    // a class, not this::routeCommands: the first lambda of a run costs a 20-route parse several milliseconds of
    // java.lang.invoke set-up (docs/performance.md)
    private final Supplier<List<String>> routeCommands = new Supplier<>() {
        @Override
        public List<String> get() {
            return routeCommands();
        }
    };

    public RouteTableReader(PluginRegistry registry) {
        this(registry, NO_NOTICES);
    }

    /**
     * @param notices takes one line for each input that was read as a paste (prompt, quote markers or Markdown
     *                borders left out, see {@link PasteCleaner}): not an error, but the user should know
     */
    public RouteTableReader(PluginRegistry registry, Consumer<String> notices) {
        this.registry = registry;
        this.notices = notices;
        this.calls = new PluginParserCalls(notices);
    }

    public RouteTable read(String name, InputStream stdin, String parserId) throws IOException {
        if (name.equals("-")) {
            return parse(TextInput.open(STDIN, stdin), parserId);
        }
        // read front to back, never sought: a pipe, a FIFO or <(command) is read like a file
        try (InputStream in = TextInput.openFile(name, "a route table")) {
            return parse(TextInput.open(name, in), parserId);
        }
    }

    /**
     * Cleans paste noise off the input (see {@link PasteCleaner}), then detects (on the cleaned sample) and parses.
     * A small input whose sample shows no noise is parsed straight from its reader.
     */
    public RouteTable parse(TextInput input, String parserId) throws IOException {
        Plugin<RouteTableParser> chosen = parserId != null ? pluginById(parserId) : null;
        if (!input.isText()) {
            CodePageReading c = codePage(input, chosen);
            input = c.input();
            chosen = c.parser();
            notices.accept(input.source() + ": not UTF-8 text (from line " + input.notTextLine() + "); read as code page "
                    + TextInput.displayName(input.charset()) + ", which " + c.parser().id()
                    + " declares for its platform's saved output");
        }
        PasteCleaner cleaner = new PasteCleaner(input.source(), routeCommands);
        String sample = cleaner.sample(input.sample(), input.sampleFirstLine());
        // when the sample is the whole input, what it showed is all there is
        Reader reader = input.whole() && !cleaner.noisySample() ? input.reader()
                : new CleanedReader(input.reader(), cleaner);
        Plugin<RouteTableParser> parser = chosen != null ? chosen : detect(input.source(), sample);
        try {
            return declared(parser.provider(), calls.parse(parser, reader, input.source()));
        } finally {
            String notice = cleaner.notice();
            if (notice != null) {
                notices.accept(notice);
            }
        }
    }

    /** An input that is not UTF-8, decoded in a parser's code page, and that parser. */
    private record CodePageReading(TextInput input, Plugin<RouteTableParser> parser) {
    }

    /**
     * The most plausible decoding of a non-UTF-8 input in a code page a parser declares (only {@code chosen}'s, when
     * the user named a parser), among those whose parser recognises the decoded sample; none: the input is refused
     * where it is not UTF-8.
     */
    private CodePageReading codePage(TextInput input, Plugin<RouteTableParser> chosen) {
        CodePageReading best = codePage(input, chosen, registry.loadedParsers());
        if (best == null && registry.loadDeferred()) {
            best = codePage(input, chosen, registry.parsers());
        }
        if (best == null) {
            throw input.notText();
        }
        return best;
    }

    private CodePageReading codePage(TextInput input, Plugin<RouteTableParser> chosen,
            List<Plugin<RouteTableParser>> parsers) {
        CodePageReading best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Plugin<RouteTableParser> p : parsers) {
            RouteTableParser parser = p.provider();
            if (chosen != null && !p.id().equals(chosen.id())) {
                continue;
            }
            List<java.nio.charset.Charset> pages;
            try {
                pages = parser.codePages();
            } catch (RuntimeException e) {
                continue; // a parser whose codePages() fails declares none
            }
            for (java.nio.charset.Charset cs : pages) {
                TextInput decoded = input.decodedAs(cs);
                if (decoded == null) {
                    continue;
                }
                int score = CodePages.plausibility(decoded.sample());
                if (score <= bestScore) {
                    continue;
                }
                String sample = new PasteCleaner(input.source(), routeCommands)
                        .sample(decoded.sample(), decoded.sampleFirstLine());
                if (chosen != null || detect(input.source(), sample, List.of(p)) != null) {
                    best = new CodePageReading(decoded, p);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The commands the installed parsers declare: what a prompt above a table may have run. */
    private List<String> routeCommands() {
        List<String> commands = new ArrayList<>();
        for (Plugin<RouteTableParser> p : registry.parsers()) {
            try {
                commands.addAll(p.provider().info().commands());
            } catch (RuntimeException e) {
                // a parser whose info() fails contributes no commands; the registry reported it already
            }
        }
        return commands;
    }

    /** The table stamped with the platform its parser declares, which lookups break ties by. */
    private static RouteTable declared(RouteTableParser parser, RouteTable table) {
        if (table.platform().isPresent()) {
            return table;
        }
        ParserInfo info;
        try {
            info = parser.info();
        } catch (RuntimeException e) {
            return table; // a plugin whose info() fails declares nothing; the registry reported it already
        }
        return table.withPlatform(info.platform());
    }

    /** The parser with this id; an unknown id is an error that lists the known ones. */
    public RouteTableParser byId(String id) {
        return pluginById(id).provider();
    }

    private Plugin<RouteTableParser> pluginById(String id) {
        return registry.parser(id).orElseThrow(() -> new UnknownPluginException(
                "unknown parser '" + id + "'; known parsers: " + knownIds()));
    }

    /**
     * The parser that claims the input: among the plugins loaded so far (the built-ins, when the registry defers its
     * bundled jars), and only when none of them does, among all.
     */
    private Plugin<RouteTableParser> detect(String source, String sample) {
        List<Plugin<RouteTableParser>> loaded = registry.loadedParsers();
        Plugin<RouteTableParser> best = detect(source, sample, loaded);
        // the deferred jars, opened here or meanwhile by the thread reading the other table of a diff
        if (best == null && (registry.loadDeferred() || registry.parsers() != loaded)) {
            best = detect(source, sample, registry.parsers());
        }
        if (best == null) {
            int n = registry.parsers().size();
            throw new RouteInputException(source, 1, "no parser recognises this input (" + n + " installed, "
                    + "see 'routediff plugins'); expected the output of netstat -rn, ip route or route print, or name "
                    + "a parser with --parser");
        }
        return best;
    }

    /**
     * The parser of highest score, or null. A plugin that outscores a built-in which also claimed the input is
     * named on stderr: the user should know whose code read their table, and how to choose.
     */
    private Plugin<RouteTableParser> detect(String source, String sample, List<Plugin<RouteTableParser>> parsers) {
        Plugin<RouteTableParser> best = null;
        int bestScore = 0;
        Plugin<RouteTableParser> builtIn = null;
        for (Plugin<RouteTableParser> p : parsers) {
            int score = calls.detect(p, source, sample);
            if (score > 0 && p.origin() == PluginOrigin.BUILT_IN && builtIn == null) {
                builtIn = p;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best != null && builtIn != null && best.origin() != PluginOrigin.BUILT_IN) {
            notices.accept(source + " was read by " + PluginParserCalls.name(best) + ", which outscored the built-in "
                    + PluginParserCalls.name(builtIn) + "; choose one with --parser " + builtIn.id());
        }
        return best;
    }

    private String knownIds() {
        List<Plugin<RouteTableParser>> ps = registry.parsers();
        return ps.isEmpty() ? "none installed" : ps.stream().map(Plugin::id).collect(Collectors.joining(", "));
    }
}
