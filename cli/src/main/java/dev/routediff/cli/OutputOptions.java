package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.Format;
import java.util.List;
import java.util.Map;

/** Options every command takes. */
public final class OutputOptions {

    static final String PLUGIN_PATH_NAME = "--plugin-path";

    static final Opt FORMAT = Opt.value("--format", "FORMAT",
            "Output format: table (aligned, the default), json, markdown (md), or html (a self-contained report: "
                    + "diff, explain, lookup, check, predict --before).");
    /** What users type for a format besides its name. */
    static final Map<String, Format> FORMAT_ALIASES = Map.of("md", Format.MARKDOWN, "text", Format.TABLE);
    static final Opt QUIET = Opt.flag("--quiet", "No progress lines on the terminal.").withShort('q');
    static final Opt WIDE = Opt.flag("--wide",
            "Print text tables at full width (by default they fit the terminal, or COLUMNS when set).");
    static final Opt OUTPUT = Opt.value("--output", "FILE",
            "Write the output to FILE (replaced only when the command succeeds; never one of its inputs).")
            .withShort('o');
    static final Opt REDACT = Opt.flag("--redact",
            "Replace public IP and MAC addresses with placeholders (pub4-1, pub6-1, mac-1), for a public ticket.");
    static final Opt DEBUG = Opt.flag("--debug", "Print stack traces for errors.");
    /** Also accepted before the command's name (routediff --plugin-path DIR parse FILE); Main collects both. */
    static final Opt PLUGIN_PATH = Opt.value(PLUGIN_PATH_NAME, "DIR",
            "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').").repeatable();

    static final List<Opt> ALL = List.of(FORMAT, DEBUG, PLUGIN_PATH, OUTPUT, REDACT, QUIET, WIDE);
    /** watch streams its output as it happens: no -o FILE, which is written only at the end. */
    static final List<Opt> STREAMING = List.of(FORMAT, DEBUG, PLUGIN_PATH, REDACT, QUIET, WIDE);
    /** Options of the commands with an HTML report. */
    static final Opt MAP = Opt.value("--map", "PREFIX",
            "HTML report: draw the address map of this IPv4 prefix (a /8 gives 256 /16 cells; repeatable; "
                    + "default: each /8 the tunnel's routes touch).").repeatable();

    /** The options accepted before the command's name as well as after it ({@code routediff --format json plugins}). */
    static final List<Opt> GLOBAL = List.of(FORMAT, DEBUG, PLUGIN_PATH, OUTPUT, REDACT, QUIET, WIDE,
            InputOptions.PARSER);

    private final Format format;
    private final boolean quiet;
    private final boolean wide;

    OutputOptions(ParsedLine line) throws UsageException {
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
