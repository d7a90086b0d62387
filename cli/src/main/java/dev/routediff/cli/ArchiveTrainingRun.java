package dev.routediff.cli;

import dev.routediff.core.internal.ServiceIndex;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run for the start-up archive: what the launcher runs once after a build, with
 * {@code -XX:ArchiveClassesAtExit} (or the AOT cache recording on Java 25+), to write the class-data sharing
 * archive: the common command lines on the bundled demo tables, their output discarded. The archive then holds the
 * classes any of them loads, not only those of whichever command a user happens to run first (a table-format
 * {@code parse} loads no JSON writer, say). It reads no user file, runs no system command and opens no plugin jar.
 *
 * <p>Given a command's name ({@link #COMMANDS}), it runs only that command's lines: Java 25's AOT cache loads every
 * class it holds at start, used or not, so a cache of all the commands made a 20-route {@code parse} some 30 ms slower
 * than one of its own (docs/performance.md), and the launchers keep one cache per command on Java 25. A CDS archive
 * (Java 17 to 24) is read lazily, and one archive of all the commands serves them all.
 */
public final class ArchiveTrainingRun {

    /** The commands with lines of their own, which the launchers give an AOT cache each; the same list is in them. */
    public static final List<String> COMMANDS = List.of("parse", "diff", "lookup", "explain", "predict", "check",
            "demo");

    private ArchiveTrainingRun() {
    }

    /** {@code args}: nothing for every command line, or one of {@link #COMMANDS} for its lines alone. */
    public static void main(String[] args) throws IOException {
        String only = args.length == 1 && COMMANDS.contains(args[0]) ? args[0] : null;
        Path dir = Files.createTempDirectory("routediff-training");
        try {
            String before = copy(DemoCommand.BEFORE, dir);
            String after = copy(DemoCommand.AFTER, dir);
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            // what Main.main does around a command, so that its classes are in the archive too: a class missing
            // from it is read from the jar, which opens the jar's directory of some 1 600 entries at every start
            new ThreadFailure(none, false);
            new Unfinished(none).finished();
            System.console();
            System.getenv();
            writeServiceIndex();
            for (String[] line : lines(before, after, dir)) {
                if (only == null || line[0].equals(only)) {
                    Main.run(line, new ByteArrayInputStream(new byte[0]), none, none, Map.of(), false,
                            PluginFolders.defaults());
                }
            }
        } finally {
            for (String name : new String[] {DemoCommand.BEFORE, DemoCommand.AFTER}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The index of the jar's service files where the launcher asks for it ({@link ServiceIndex#PROPERTY}, beside the
     * archive), when the class path is the one jar. One that cannot be written costs the runs only the jar's reading.
     */
    private static void writeServiceIndex() {
        String index = System.getProperty(ServiceIndex.PROPERTY);
        String classPath = System.getProperty("java.class.path", "");
        if (index == null || !classPath.endsWith(".jar") || classPath.indexOf(File.pathSeparatorChar) >= 0) {
            return;
        }
        try {
            ServiceIndex.write(new File(classPath), Path.of(index));
        } catch (IOException | RuntimeException e) {
            // a read-only cache folder, say: the archive's own writing fails there too
        }
    }

    /** The command lines of the training, the first word of each its command. */
    static String[][] lines(String before, String after, Path dir) {
        return new String[][] {
            {"parse", before}, {"parse", before, "--format", "json"}, {"parse", before, "--format", "markdown"},
            {"parse", dir.resolve("missing.txt").toString()}, {"parse", before, "--frobnicate"},
            {"diff", before, after}, {"diff", before, after, "--format", "json"},
            {"diff", before, after, "--all", "--format", "markdown"},
            {"lookup", after, "172.16.0.5", "8.8.8.8", "--before", before},
            {"lookup", after, "172.16.0.5", "--format", "json"},
            {"explain", before, after}, {"explain", before, after, "--format", "json"},
            {"predict", "--client-cidr", "10.243.0.0/22", "--assigned-ip", "10.243.0.7", "--split-tunnel",
                "--route", "10.63.0.0/16", "--before", before},
            {"predict", "--client-cidr", "10.243.0.0/22", "--split-tunnel", "--format", "json"},
            {"check", after}, {"check", after, "--before", before, "--format", "json"},
            {"demo"}, {"--help"}, {"help", "parse"}, {"--version"},
        };
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
