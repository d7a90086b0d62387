package dev.routediff.cli;

import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.capture.Host;
import dev.routediff.cli.capture.SystemHost;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.JsonViews;
import dev.routediff.cli.render.RedactingWriter;
import dev.routediff.cli.render.Redactor;
import dev.routediff.cli.render.TableViews;
import dev.routediff.cli.render.TextTable;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginProblem;
import dev.routediff.core.spi.PluginShadow;
import dev.routediff.core.spi.UnknownPluginException;
import dev.routediff.core.spi.PluginRegistry;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What a command run needs from its surroundings: streams, environment, and the plugins, loaded once on first use
 * so that {@code --help} and {@code --version} never pay for discovery.
 */
public final class CommandContext {

    private final InputStream stdin;
    /** Standard output, or the -o file while a command writes it; behind the redactor with --redact. */
    private PrintWriter out;
    private PrintWriter target;
    private Redactor redactor;
    private List<String> commandLine = List.of();
    private List<dev.routediff.core.model.Prefix> maps = List.of();
    private final PrintWriter err;
    private final Map<String, String> env;
    private final boolean terminal;
    private final PluginFolders folders;
    private final List<Path> pluginPath = new ArrayList<>();
    private final Host host;
    private PluginRegistry registry;
    private boolean quiet;
    private boolean wide;
    private RuleOptions.Declared ruleOptions;
    /** The tables named so far, and the one being read now (null between reads): for the out-of-memory message. */
    private final List<String> inputs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String reading;

    public CommandContext(InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal) {
        this(stdin, out, err, env, terminal, PluginFolders.NONE, new SystemHost());
    }

    public CommandContext(InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal, PluginFolders folders, Host host) {
        this.host = host;
        this.stdin = stdin;
        this.out = out;
        this.target = out;
        this.err = err;
        this.env = env;
        this.terminal = terminal;
        this.folders = folders;
    }

    /** --wide: text tables at full width. */
    void wide(boolean wide) {
        this.wide = wide;
    }

    /**
     * The width text tables fit into: COLUMNS when set, else 80 on a terminal; 0 (no limit) with --wide, for
     * other formats, and when the output goes to a pipe or file without COLUMNS, so that nothing is cut there.
     */
    public int width(Format format) {
        if (wide || format != Format.TABLE) {
            return 0;
        }
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a width: as if unset
            }
        }
        return terminal ? 80 : 0;
    }

    /** --quiet: no progress or prompts on stderr (warnings and errors still go there). */
    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** The --plugin-path folders of this command line, in the order given; set before the command runs. */
    void pluginPath(List<Path> dirs) {
        pluginPath.addAll(dirs);
    }

    /**
     * Built-ins, then bundled jars, then the user's: the launcher's folder, every --plugin-path, then
     * ROUTEDIFF_PLUGIN_PATH. Problems are warnings and shadowed plugins notices, one line each, because the command
     * itself can still do its work. The bundled jars are opened only when a run needs more than the built-ins (see
     * {@link PluginRegistry#load(ClassLoader, List, List, PluginRegistry.Listener)}), and their problems are printed
     * then.
     */
    public PluginRegistry registry() {
        if (registry == null) {
            for (Path p : pluginPath) {
                // A folder typed on this command line that is not there is a typo, not an empty install.
                if (!Files.isDirectory(p)) {
                    throw UsageException.withoutHelpPointer("--plugin-path " + p + ": "
                            + (Files.exists(p) ? "not a folder" : "no such folder"));
                }
            }
            List<Path> user = new ArrayList<>(folders.launcher());
            user.addAll(pluginPath);
            user.addAll(PluginFolders.fromEnvironment(env, File.pathSeparator));
            registry = PluginRegistry.load(CommandContext.class.getClassLoader(), folders.bundled(), user,
                    new Report(err));
        }
        return registry;
    }

    /** Prints plugin problems and shadowed plugins as each layer is loaded (the bundled jars only when needed). */
    private static final class Report implements PluginRegistry.Listener {

        private final PrintWriter err;

        Report(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void loaded(List<PluginProblem> problems, List<PluginShadow> shadows) {
            for (PluginProblem p : problems) {
                err.println("routediff: warning: " + p.line());
            }
            for (PluginShadow s : shadows) {
                err.println("routediff: notice: " + s.message());
            }
        }
    }

    public RouteTable read(String name, String parserId) throws IOException {
        if (name.equals("-") && terminal && !quiet) {
            // nothing was piped in: without this line the command seems to hang
            err.println("routediff: reading the table from standard input; paste it, then press "
                    + (File.separatorChar == '\\' ? "Ctrl-Z and Enter" : "Ctrl-D") + " on an empty line");
            err.flush();
        }
        inputs.add(name);
        reading = name;
        try (Progress p = Progress.start(this, "reading " + name + size(name))) {
            RouteTable t = prepare(reader(registry()).read(name, stdin, parserId));
            reading = null; // left set when the read fails: the message for running out of memory names it
            return t;
        }
    }

    /** The tables this run has named so far (its inputs), in order. */
    List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** The table being read now, or null. */
    String reading() {
        return reading;
    }

    /** The ids of the plugins loaded from this jar so far (none before the plugins are loaded). */
    List<String> pluginIds(String jar) {
        PluginRegistry r = registry;
        return r == null ? List.of() : r.idsFrom(jar);
    }

    /** Whether a long step shows a progress line: on a terminal, unless --quiet. */
    boolean showsProgress() {
        return terminal && !quiet;
    }

    /** " (120 MB)" for a file of some size, "" otherwise. */
    private static String size(String name) {
        try {
            Path p = Path.of(name);
            long bytes = name.equals("-") || !Files.isRegularFile(p) ? 0 : Files.size(p);
            return bytes < 1_000_000 ? "" : " (" + bytes / 1_000_000 + " MB)";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** A reader whose paste notices (a prompt or quote markers left out) go to standard error. */
    private RouteTableReader reader(PluginRegistry plugins) {
        return new RouteTableReader(plugins, new Notices(err));
    }

    /** Paste notices to standard error; a class, not a lambda, for start-up (as in RouteTableReader). */
    private static final class Notices implements Consumer<String> {
        private final PrintWriter err;

        Notices(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(String notice) {
            err.println("routediff: notice: " + notice);
        }
    }

    /** Every table a command shows passes here: with --redact its addresses are numbered before output begins. */
    public RouteTable prepare(RouteTable table) {
        return redactor == null ? table : redactor.prepare(table);
    }

    /**
     * Reads two tables, side by side on two threads when both are large files (two full BGP tables take a second
     * each to read, and the machine has a core to spare for it). Problems are reported as if read in order: the
     * first table's before the second's.
     */
    public RouteTable[] readBoth(String first, String second, String parserId) throws IOException {
        if (!isLargeFile(first) || !isLargeFile(second)) {
            return new RouteTable[] {read(first, parserId), read(second, parserId)};
        }
        RouteTable[] both = readInParallel(first, second, parserId);
        return new RouteTable[] {prepare(both[0]), prepare(both[1])};
    }

    private RouteTable[] readInParallel(String first, String second, String parserId) throws IOException {
        PluginRegistry plugins = registry(); // loaded once, here, not by two threads at once
        inputs.add(first);
        inputs.add(second);
        reading = first.equals(second) ? first : first + " and " + second;
        try (Progress p = Progress.start(this, "reading " + first + size(first) + " and " + second + size(second))) {
            RouteTable[] both = readBothAtOnce(plugins, first, second, parserId);
            reading = null;
            return both;
        }
    }

    private RouteTable[] readBothAtOnce(PluginRegistry plugins, String first, String second, String parserId)
            throws IOException {
        RouteTable[] tables = new RouteTable[2];
        Throwable[] failures = new Throwable[2];
        Thread other = new Thread(() -> {
            try {
                tables[1] = reader(plugins).read(second, stdin, parserId);
            } catch (Throwable t) {
                failures[1] = t;
            }
        }, "read " + second);
        other.setDaemon(true);
        other.start();
        try {
            tables[0] = reader(plugins).read(first, stdin, parserId);
        } catch (IOException | RuntimeException | Error e) {
            failures[0] = e;
        }
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + second, e);
        }
        for (Throwable t : failures) {
            if (t instanceof IOException io) {
                throw io;
            } else if (t instanceof RuntimeException re) {
                throw re;
            } else if (t instanceof Error err) {
                throw err;
            }
        }
        return tables;
    }

    private static boolean isLargeFile(String name) {
        try {
            Path p = Path.of(name);
            return !name.equals("-") && Files.isRegularFile(p) && Files.size(p) > 4_000_000;
        } catch (IOException | RuntimeException e) {
            return false; // the sequential read reports whatever is wrong with it
        }
    }

    /** The rule set with this id; an unknown id lists the installed ones. */
    public RuleSet ruleSet(String id) {
        return registry().ruleSet(id).map(Plugin::provider).orElseThrow(() -> new UnknownPluginException(
                "unknown rule set '" + id + "'; installed: " + (registry().ruleSets().isEmpty() ? "none"
                        : registry().ruleSets().stream().map(Plugin::id).collect(Collectors.joining(", ")))));
    }

    /** The options of every installed rule set, read once per run (loads the rule sets). */
    public RuleOptions.Declared ruleOptions() {
        if (ruleOptions == null) {
            ruleOptions = new RuleOptions.Declared(registry());
        }
        return ruleOptions;
    }

    /** The rule set a command applies when none is named: the installed one of highest declared priority. */
    public RuleSet defaultRuleSet() {
        return ruleOptions().defaultRuleSet();
    }

    /** The machine: its operating system, commands, clock and Ctrl-C (for capture and watch). */
    public Host host() {
        return host;
    }

    /** Standard input, for the one input of a command line that may be {@code -}. */
    public InputStream stdin() {
        return stdin;
    }

    public PrintWriter out() {
        return out;
    }

    /** Sends what the command writes from now on to {@code w} (the -o file), through the redactor if there is one. */
    void redirect(PrintWriter w) {
        target = w;
        // autoflush: watch prints a line as each change happens, and println must reach the terminal then
        out = redactor == null ? w : new PrintWriter(new RedactingWriter(w, redactor), true);
    }

    /** --redact: public addresses in everything written from now on become placeholders. */
    void redact(Redactor r) {
        redactor = r;
        redirect(target);
    }

    /** Whether --redact is on (the HTML map hides public /16 cells then). */
    public boolean redacting() {
        return redactor != null;
    }

    void maps(List<dev.routediff.core.model.Prefix> prefixes) {
        maps = List.copyOf(prefixes);
    }

    /** The --map prefixes of an HTML report; empty for the default choice. */
    public List<dev.routediff.core.model.Prefix> maps() {
        return maps;
    }

    void commandLine(String[] args) {
        commandLine = List.of(args);
    }

    /** The arguments after {@code routediff}, for the report's header. */
    public List<String> commandLine() {
        return commandLine;
    }

    /** The platforms the parser with this id reads, as its info declares them; empty for an unknown id. */
    public List<String> platforms(String parserId) {
        return registry().parser(parserId).map(p -> p.provider().info().platforms()).orElse(List.of());
    }

    public PrintWriter err() {
        return err;
    }

    public JsonViews json() {
        return new JsonViews();
    }

    /** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
    public boolean color(Format format) {
        return format == Format.TABLE && terminal && !env.containsKey("NO_COLOR");
    }

    /** Prints a route table in the chosen format: JSON streamed route by route, or the text table. */
    public void print(RouteTable table, Format format) throws IOException {
        if (format == Format.JSON) {
            JsonTableWriter.write(table, out);
        } else {
            TableViews.write(table, format, out);
        }
    }

    /** Prints a table in the chosen text format. */
    public void print(TextTable table, Format format) {
        out.print(format == Format.MARKDOWN ? table.markdown() : table.aligned(color(format), width(format)));
    }
}
