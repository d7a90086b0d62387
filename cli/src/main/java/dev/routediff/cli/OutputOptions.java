package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.cli.render.Format;
import java.util.List;

/** Options every command takes. */
public final class OutputOptions {

    static final String PLUGIN_PATH_NAME = "--plugin-path";

    static final Opt FORMAT = Opt.value("--format", "FORMAT",
            "Output format: table (aligned, the default), json or markdown.");
    static final Opt DEBUG = Opt.flag("--debug", "Print stack traces for errors.");
    /** Also accepted before the command's name (routediff --plugin-path DIR parse FILE); Main collects both. */
    static final Opt PLUGIN_PATH = Opt.value(PLUGIN_PATH_NAME, "DIR",
            "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').").repeatable();

    static final List<Opt> ALL = List.of(FORMAT, DEBUG, PLUGIN_PATH);

    private final Format format;

    OutputOptions(ParsedLine line) throws UsageError {
        format = line.enumValue(FORMAT, Format.TABLE, Format.values());
    }

    public Format format() {
        return format;
    }
}
