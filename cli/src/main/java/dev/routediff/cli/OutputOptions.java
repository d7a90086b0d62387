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
            "Output format: table (aligned, the default), json, markdown, or html (a self-contained report: "
                    + "diff, explain, lookup, predict --before).");
    static final Opt OUTPUT = Opt.value("--output", "FILE",
            "Write the output to FILE (replaced only when the command succeeds; never one of its inputs).")
            .withShort('o');
    static final Opt REDACT = Opt.flag("--redact",
            "Replace public IP and MAC addresses with placeholders (pub4-1, pub6-1, mac-1), for a public ticket.");
    static final Opt DEBUG = Opt.flag("--debug", "Print stack traces for errors.");
    /** Also accepted before the command's name (routediff --plugin-path DIR parse FILE); Main collects both. */
    static final Opt PLUGIN_PATH = Opt.value(PLUGIN_PATH_NAME, "DIR",
            "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').").repeatable();

    static final List<Opt> ALL = List.of(FORMAT, DEBUG, PLUGIN_PATH, OUTPUT, REDACT);
    /** watch streams its output as it happens: no -o FILE, which is written only at the end. */
    static final List<Opt> STREAMING = List.of(FORMAT, DEBUG, PLUGIN_PATH, REDACT);
    /** Options of the commands with an HTML report. */
    static final Opt MAP = Opt.value("--map", "PREFIX",
            "HTML report: draw the address map of this IPv4 prefix (a /8 gives 256 /16 cells; repeatable; "
                    + "default: each /8 the tunnel's routes touch).").repeatable();

    private final Format format;

    OutputOptions(ParsedLine line) throws UsageError {
        format = line.enumValue(FORMAT, Format.TABLE, Format.values());
    }

    public Format format() {
        return format;
    }
}
