package dev.routediff.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run for the start-up archive: what the launcher runs once after a build, with
 * {@code -XX:ArchiveClassesAtExit} (or the AOT cache recording on Java 25+), to write the class-data sharing
 * archive: the common command lines on the bundled demo tables, their output discarded. The archive then holds the
 * classes any of them loads, not only those of whichever command a user happens to run first (a table-format
 * {@code parse} loads no JSON writer, say). It reads no user file, runs no system command and opens no plugin jar.
 */
public final class ArchiveTrainingRun {

    private ArchiveTrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("routediff-training");
        try {
            String before = copy(DemoCommand.BEFORE, dir);
            String after = copy(DemoCommand.AFTER, dir);
            String[][] lines = {
                {"parse", before}, {"parse", before, "--format", "json"}, {"parse", before, "--format", "markdown"},
                {"diff", before, after}, {"diff", before, after, "--format", "json"},
                {"diff", before, after, "--all", "--format", "markdown"},
                {"lookup", after, "172.16.0.5", "8.8.8.8", "--before", before},
                {"lookup", after, "172.16.0.5", "--format", "json"},
                {"explain", before, after}, {"explain", before, after, "--format", "json"},
                {"predict", "--client-cidr", "10.243.0.0/22", "--assigned-ip", "10.243.0.7", "--split-tunnel",
                    "--route", "10.63.0.0/16", "--before", before},
                {"predict", "--client-cidr", "10.243.0.0/22", "--split-tunnel", "--format", "json"},
                {"demo"}, {"--help"}, {"parse", "--help"}, {"--version"},
                {"parse", dir.resolve("missing.txt").toString()}, {"parse", before, "--frobnicate"},
            };
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            for (String[] line : lines) {
                Main.run(line, new ByteArrayInputStream(new byte[0]), none, none, Map.of(), false,
                        PluginFolders.defaults());
            }
        } finally {
            for (String name : new String[] {DemoCommand.BEFORE, DemoCommand.AFTER}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String copy(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("the demo table " + name + " is missing from this build");
            }
            Files.copy(in, p);
        }
        return p.toString();
    }
}
