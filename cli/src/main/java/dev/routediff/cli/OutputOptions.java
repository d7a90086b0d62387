package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.cli.render.Format;
import java.util.List;
import java.util.Map;

/** Options every command takes. */
public final class OutputOptions {

    static final String PLUGIN_PATH_NAME = "--plugin-path";

    static final Opt FORMAT = Opt.value("--format", "FORMAT",
            "Output format: table (aligned, the default), json or markdown (md).");
    /** What users type for a format besides its name. */
    static final Map<String, Format> FORMAT_ALIASES = Map.of("md", Format.MARKDOWN, "text", Format.TABLE);
    static final Opt QUIET = Opt.flag("--quiet", "No progress lines on the terminal.").withShort('q');
    static final Opt WIDE = Opt.flag("--wide",
            "Print text tables at full width (by default they fit the terminal, or COLUMNS when set).");
    static final Opt DEBUG = Opt.flag("--debug", "Print stack traces for errors.");
    /** Also accepted before the command's name (routediff --plugin-path DIR parse FILE); Main collects both. */
    static final Opt PLUGIN_PATH = Opt.value(PLUGIN_PATH_NAME, "DIR",
            "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').").repeatable();

    static final List<Opt> ALL = List.of(FORMAT, DEBUG, PLUGIN_PATH, QUIET, WIDE);

    /** The options accepted before the command's name as well as after it ({@code routediff --format json plugins}). */
    static final List<Opt> GLOBAL = List.of(FORMAT, DEBUG, PLUGIN_PATH, QUIET, WIDE, InputOptions.PARSER);

    private final Format format;
    private final boolean quiet;
    private final boolean wide;

    OutputOptions(ParsedLine line) throws UsageError {
        format = line.enumValue(FORMAT, Format.TABLE, Format.values(), FORMAT_ALIASES);
        quiet = line.flag(QUIET);
        wide = line.flag(WIDE);
    }

    public Format format() {
        return format;
    }

    /** --quiet: no progress on stderr. */
    public boolean quiet() {
        return quiet;
    }

    /** --wide: text tables are never cut to the terminal's width. */
    public boolean wide() {
        return wide;
    }
}
