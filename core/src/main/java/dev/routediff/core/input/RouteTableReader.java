package dev.routediff.core.input;

import dev.routediff.core.spi.Api;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.ParserInfo;
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
        RouteTableParser parser = parserId != null ? byId(parserId) : detect(input.source(), sample);
        try {
            return declared(parser, parser.parse(reader, input.source()));
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

    public RouteTableParser byId(String id) {
        return registry.parser(id).map(Plugin::provider).orElseThrow(() -> new UnknownPluginException(
                "unknown parser '" + id + "'; known parsers: " + knownIds()));
    }

    /**
     * The parser that claims the input: among the plugins loaded so far (the built-ins, when the registry defers its
     * bundled jars), and only when none of them does, among all.
     */
    private RouteTableParser detect(String source, String sample) {
        RouteTableParser best = detect(sample, registry.loadedParsers());
        if (best == null && registry.loadDeferred()) {
            best = detect(sample, registry.parsers());
        }
        if (best == null) {
            int n = registry.parsers().size();
            throw new RouteInputException(source, 1, "no parser recognises this input (" + n + " installed, "
                    + "see 'routediff plugins'); expected the output of netstat -rn, ip route or route print, or name "
                    + "a parser with --parser");
        }
        return best;
    }

    private static RouteTableParser detect(String sample, List<Plugin<RouteTableParser>> parsers) {
        RouteTableParser best = null;
        int bestScore = 0;
        for (Plugin<RouteTableParser> p : parsers) {
            int score;
            try {
                score = p.provider().detect(sample);
            } catch (RuntimeException e) {
                continue; // a detector must not throw; one that does simply does not claim the input
            }
            if (score > bestScore) {
                best = p.provider();
                bestScore = score;
            }
        }
        return best;
    }

    private String knownIds() {
        List<Plugin<RouteTableParser>> ps = registry.parsers();
        return ps.isEmpty() ? "none installed" : ps.stream().map(Plugin::id).collect(Collectors.joining(", "));
    }
}
