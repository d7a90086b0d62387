package dev.routediff.core.spi;

import dev.routediff.core.rules.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parser reads, for {@code routediff plugins} and for humans choosing {@code --parser}.
 *
 * @param id          stable id, lower-case words joined by '-' ({@code macos-netstat}); never change it once released
 * @param description one line
 * @param platforms   where its input comes from ({@code macOS 10.13–15})
 * @param commands    the commands that produce its input ({@code netstat -rn})
 * @param platform    the operating system whose kernel made the table, or null when the input may come from several
 *                    (a CSV export): it decides how {@code lookup} breaks ties between routes of one prefix (the
 *                    lowest metric on Linux and Windows), and what {@code --platform} defaults to
 * @param capture     the commands {@code routediff capture} and {@code watch} run, in this order, to read the table of a
 *                    machine of {@link #platform}: their outputs, one after the other, are this parser's input. Empty
 *                    when capture is not to use this parser; of the installed parsers that declare them for a
 *                    platform, the first by id is used
 */
public record ParserInfo(String id, String description, List<String> platforms, List<String> commands,
                         Platform platform, List<Capture> capture) {

    public ParserInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        platforms = List.copyOf(platforms);
        commands = List.copyOf(commands);
        capture = List.copyOf(capture);
        if (!capture.isEmpty() && platform == null) {
            throw new IllegalArgumentException("parser '" + id + "' declares capture commands but no platform");
        }
    }

    /** Info of a parser of one platform's input, which {@code capture} does not use. */
    public ParserInfo(String id, String description, List<String> platforms, List<String> commands,
                      Platform platform) {
        this(id, description, platforms, commands, platform, List.of());
    }

    /** Info of a parser whose input may come from any platform. */
    public ParserInfo(String id, String description, List<String> platforms, List<String> commands) {
        this(id, description, platforms, commands, null);
    }

    /** {@link #platform}, when the parser declares one. */
    public Optional<Platform> declaredPlatform() {
        return Optional.ofNullable(platform);
    }

    /**
     * One command that {@code capture} runs.
     *
     * @param command            program and arguments
     * @param familyMayBeMissing true when a kernel without this address family (IPv6 disabled) makes the command fail
     *                           saying "not supported": that failure means "no such routes", not trouble
     * @param emptyMeansNoRoutes true when the command prints nothing at all for an empty table ({@code ip} does;
     *                           {@code netstat} and {@code route print} always print their headers, so nothing from
     *                           them is trouble)
     */
    public record Capture(List<String> command, boolean familyMayBeMissing, boolean emptyMeansNoRoutes) {

        public Capture {
            command = List.copyOf(command);
            if (command.isEmpty()) {
                throw new IllegalArgumentException("a capture command needs a program");
            }
        }

        /** A command that prints its table's headers even for an empty table and fails only on trouble. */
        public static Capture of(String... command) {
            return new Capture(List.of(command), false, false);
        }

        /** Program and arguments as one line. */
        public String commandLine() {
            return String.join(" ", command);
        }
    }
}
