package dev.routediff.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a parser reads, for {@code routediff plugins} and for humans choosing {@code --parser}.
 *
 * @param id          stable id, lower-case words joined by '-' ({@code macos-netstat}); never change it once released
 * @param description one line
 * @param platforms   where its input comes from ({@code macOS 10.13–15})
 * @param commands    the commands that produce its input ({@code netstat -rn})
 */
public record ParserInfo(String id, String description, List<String> platforms, List<String> commands) {

    public ParserInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        platforms = List.copyOf(platforms);
        commands = List.copyOf(commands);
    }
}
