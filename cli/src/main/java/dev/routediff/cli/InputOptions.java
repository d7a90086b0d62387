package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import java.util.List;

/** Options of the commands that read route tables. */
public final class InputOptions {

    static final Opt PARSER = Opt.value("--parser", "ID",
            "Read the input with this parser instead of detecting one (see 'routediff plugins').");

    static final List<Opt> ALL = List.of(PARSER);

    private final String parser;

    InputOptions(ParsedLine line) {
        parser = line.value(PARSER, null);
    }

    public String parser() {
        return parser;
    }
}
