package dev.routediff.bench;

import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One whole process for {@code picocli-startup.sh}: {@code routediff parse FILE --format json} with the command line
 * read by picocli (the options {@code parse} has: format, parser, output file, redaction, colour, width, debug,
 * plugin folders), then the same parse and JSON as {@link JsonStartup}'s {@code hand}. The difference between the two
 * processes is what picocli costs a start.
 */
@Command(name = "routediff", mixinStandardHelpOptions = true, version = "routediff 0.1.0",
        subcommands = PicocliStartup.Parse.class)
public final class PicocliStartup {

    @Option(names = "--debug", description = "Print stack traces.")
    boolean debug;

    @Option(names = "--plugins", description = "Extra plugin folder.", paramLabel = "DIR")
    java.util.List<Path> plugins;

    public static void main(String[] args) {
        int code = new CommandLine(new PicocliStartup()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Command(name = "parse", description = "Parse a route table and print it.")
    static final class Parse implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The table, or - for standard input.")
        Path file;

        @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text, json, markdown or html.")
        String format;

        @Option(names = "--parser", paramLabel = "ID", description = "The parser to use instead of detecting one.")
        String parser;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE.")
        Path output;

        @Option(names = "--redact", description = "Replace addresses with placeholders.")
        boolean redact;

        @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
        String color;

        @Option(names = "--width", defaultValue = "0", description = "Columns of the terminal.")
        int width;

        @Option(names = "--all", description = "Include neighbour-cache rows.")
        boolean all;

        @Override
        public Integer call() throws IOException {
            RouteTable t;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                t = new MacosNetstatParser().parse(in, file.toString());
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            JsonTableWriter.write(t, out);
            out.flush();
            return 0;
        }
    }
}
