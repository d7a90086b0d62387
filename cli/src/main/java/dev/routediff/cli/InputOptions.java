package dev.routediff.cli;

import picocli.CommandLine.Option;

/** Options of the commands that read route tables. */
public final class InputOptions {

    @Option(names = "--parser", paramLabel = "ID",
            description = "Read the input with this parser instead of detecting one (see 'routediff plugins').")
    String parser;

    public String parser() {
        return parser;
    }
}
