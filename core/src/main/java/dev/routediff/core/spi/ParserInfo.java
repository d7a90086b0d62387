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
 */
public record ParserInfo(String id, String description, List<String> platforms, List<String> commands,
                         Platform platform) {

    public ParserInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        platforms = List.copyOf(platforms);
        commands = List.copyOf(commands);
    }

    /** Info of a parser whose input may come from any platform. */
    public ParserInfo(String id, String description, List<String> platforms, List<String> commands) {
        this(id, description, platforms, commands, null);
    }

    /** {@link #platform}, when the parser declares one. */
    public Optional<Platform> declaredPlatform() {
        return Optional.ofNullable(platform);
    }
}
