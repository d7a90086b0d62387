package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table (aligned, the default), json or markdown.")
    Format format = Format.TABLE;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    public Format format() {
        return format;
    }
}
