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

/**
 * One whole process for {@code json-encoders.sh}: parse a macOS table and print its parse document with the CLI's
 * writer ({@code hand}) or Jackson's generator ({@code jackson}), so the start-up cost of each (classes loaded and
 * initialised before the first character) shows in wall time. Usage: {@code JsonStartup hand|jackson FILE}.
 */
public final class JsonStartup {

    private JsonStartup() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("hand") || args[0].equals("jackson"))) {
            System.err.println("usage: JsonStartup hand|jackson FILE");
            System.exit(2);
        }
        RouteTable t;
        try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            t = new MacosNetstatParser().parse(in, args[1]);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (args[0].equals("hand")) {
            JsonTableWriter.write(t, out);
        } else {
            new JacksonTableEncoder().write(t, out);
        }
        out.flush();
    }
}
