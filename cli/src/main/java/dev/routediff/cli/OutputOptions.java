package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table (aligned, the default), json or markdown.")
    Format format = Format.TABLE;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    static final String PLUGIN_PATH = "--plugin-path";

    @Option(names = PLUGIN_PATH, paramLabel = "DIR",
            description = "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').")
    List<Path> pluginPath = new ArrayList<>();

    public Format format() {
        return format;
    }
}
