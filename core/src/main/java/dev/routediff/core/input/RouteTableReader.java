package dev.routediff.core.input;

import dev.routediff.core.spi.Api;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginOrigin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.spi.UnknownPluginException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Opens what the user named (a path, or {@code -} for standard input), picks a parser (the one asked for, or the
 * one whose {@code detect} scores highest; ties go to the lower id, so the choice is deterministic) and parses.
 */
@Api(Api.Status.INTERNAL)
public final class RouteTableReader {

    /** How standard input is named in messages and output. */
    public static final String STDIN = "stdin";

    private final PluginRegistry registry;
    private final Consumer<String> notices;
    private final PluginParserCalls calls;

    public RouteTableReader(PluginRegistry registry) {
        this(registry, notice -> { });
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
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new RouteInputException(name, "is a directory, expected a file holding a route table");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(TextInput.open(name, in), parserId);
        } catch (NoSuchFileException e) {
            throw new RouteInputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new RouteInputException(name, "cannot be read (permission denied)");
        }
    }

    /**
     * Cleans paste noise off the input (see {@link PasteCleaner}), then detects (on the cleaned sample) and parses.
     * A small input whose sample shows no noise is parsed straight from its reader.
     */
    public RouteTable parse(TextInput input, String parserId) throws IOException {
        PasteCleaner cleaner = new PasteCleaner(input.source(), this::routeCommands);
        String sample = cleaner.sample(input.sample());
        // fewer than a third as many characters as sample bytes: the sample is the whole input (UTF-8 takes at most
        // three bytes a character), so what it showed is all there is
        boolean whole = (long) input.sample().length() * 3 + 3 < TextInput.SAMPLE_BYTES;
        Reader reader = whole && !cleaner.noisySample() ? input.reader() : new CleanedReader(input.reader(), cleaner);
        Plugin<RouteTableParser> parser = parserId != null ? pluginById(parserId) : detect(input.source(), sample);
        try {
            return calls.parse(parser, reader, input.source());
        } finally {
            String notice = cleaner.notice();
            if (notice != null) {
                notices.accept(notice);
            }
        }
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
