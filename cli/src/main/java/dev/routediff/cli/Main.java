package dev.routediff.cli;

import dev.routediff.cli.args.ArgParser;
import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.Help;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.capture.CaptureException;
import dev.routediff.cli.capture.Host;
import dev.routediff.cli.capture.SystemHost;
import dev.routediff.core.spi.PluginConflictException;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.UnknownPluginException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point. Exit codes: 0 success (for diff and explain: nothing to report), 1 differences found (diff) or
 * something unexplained (explain), 2 trouble: bad usage or bad input, output that could not be written, a failed
 * plugin, running out of memory, a plugin that ended the JVM; always one line on stderr and no stack trace unless
 * {@code --debug}.
 */
public final class Main {

    public static final int OK = 0;
    public static final int DIFFERENT = 1;
    public static final int TROUBLE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // The command's output stream is taken before any plugin loads, and System.out then points at stderr: a
        // plugin that prints cannot write into a JSON document or a table, and a write error is seen (a PrintStream
        // would swallow it) so that a full disk is exit 2, never an empty "success".
        CheckedOutputStream stdout = new CheckedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stdout, 64 * 1024),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Thread.setDefaultUncaughtExceptionHandler(new ThreadFailure(err, Arrays.asList(args).contains("--debug")));
        Unfinished unfinished = new Unfinished(err);
        Runtime.getRuntime().addShutdownHook(new Thread(unfinished, "routediff: unfinished command"));
        int code = run(args, System.in, out, err, System.getenv(), System.console() != null, PluginFolders.defaults(),
                new SystemHost(), stdout, unfinished);
        err.flush();
        unfinished.finished();
        System.exit(code);
    }

    /** Runs one command line; what a test or an embedding program calls. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal) {
        return run(args, stdin, out, err, env, terminal, PluginFolders.NONE, new SystemHost());
    }

    /** Runs one command line with these bundled and launcher plugin folders. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal, PluginFolders folders) {
        return run(args, stdin, out, err, env, terminal, folders, new SystemHost());
    }

    /** Runs one command line on the given host (tests pass a fake one for capture and watch). */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal, Host host) {
        return run(args, stdin, out, err, env, terminal, PluginFolders.NONE, host);
    }

    /** Runs one command line with these plugin folders on this host. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                          boolean terminal, PluginFolders folders, Host host) {
        return run(args, stdin, out, err, env, terminal, folders, host, null, null);
    }

    /**
     * The run itself. Any {@link Throwable} is trouble (exit 2, one line): an {@link Error} such as running out of
     * memory must never leave with exit 1, which {@code diff} uses for "differences found". Output that could not be
     * written is trouble too, whatever the command found.
     *
     * @param stdout     the stream under {@code out} when it is standard output (its write error is named), or null
     * @param unfinished told which registry to ask for plugin ids if a plugin ends the JVM, or null
     */
    static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env,
                   boolean terminal, PluginFolders folders, Host host, CheckedOutputStream stdout,
                   Unfinished unfinished) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandContext cli = new CommandContext(stdin, out, err, env, terminal, folders, host);
        if (unfinished != null) {
            unfinished.running(cli);
        }
        int code;
        try {
            code = run(args, cli, debug);
        } catch (Throwable t) {
            code = failed(t, cli, debug);
        }
        out.flush();
        if (out.checkError()) {
            if (stdout == null || !stdout.brokenPipe()) {
                // a reader that went away (| head) is the usual end of a pipe, not news; any other failure is
                err.println("routediff: cannot write output: " + (stdout == null ? "write error" : stdout.reason()));
            }
            code = TROUBLE;
        }
        err.flush();
        return code;
    }

    private static int run(String[] args, CommandContext cli, boolean debug) {
        CommandSpec spec = RouteDiffCommand.spec();
        Command command;
        CommandOutput output;
        try {
            ParsedLine root = ArgParser.parseRoot(spec, args);
            if (helpOrVersion(root, spec, cli)) {
                return OK;
            }
            int at = root.commandIndex();
            if (at < 0) {
                cli.err().println("routediff: a command is needed: " + RouteDiffCommand.commandList()
                        + " (see 'routediff --help')");
                return TROUBLE;
            }
            String name = args[at];
            // --plugin-path may be given before or after the command's name: both count, in that order. They are
            // read before the command's spec is built, since the installed rule sets add options to it.
            cli.pluginPath(paths(root.values(OutputOptions.PLUGIN_PATH)));
            cli.pluginPath(paths(pluginPathsAfter(args, at + 1)));
            if (name.equals(RouteDiffCommand.HELP)) {
                return help(args, at, spec, cli);
            }
            CommandSpec named = RouteDiffCommand.spec(name, cli);
            if (named == null) {
                throw new UsageException(RouteDiffCommand.unknown(name));
            }
            spec = named;
            // Global options typed before the command's name count as if typed right after it.
            String[] own = new String[args.length - 1];
            System.arraycopy(args, 0, own, 0, at);
            System.arraycopy(args, at + 1, own, at, args.length - at - 1);
            ParsedLine line = ArgParser.parse(spec, own, 0);
            if (helpOrVersion(line, spec, cli)) {
                return OK;
            }
            cli.quiet(line.flag(OutputOptions.QUIET));
            cli.wide(line.flag(OutputOptions.WIDE));
            command = RouteDiffCommand.create(name, cli, line);
            // the command line as the command reads it: its name, then the options typed before it, then the rest
            String[] typed = new String[args.length];
            typed[0] = name;
            System.arraycopy(own, 0, typed, 1, own.length);
            output = CommandOutput.of(line, typed);
        } catch (UsageException e) {
            if (!e.pointsToHelp()) {
                return failed(e, cli, debug);
            }
            cli.err().println("routediff: " + firstLine(e.getMessage()) + " (see '" + spec.qualifiedName()
                    + " --help')");
            return TROUBLE;
        } catch (UnknownPluginException e) {
            return failed(e, cli, debug);
        }
        try {
            return output.run(command, cli);
        } catch (Exception ex) {
            return failed(ex, cli, debug);
        }
    }

    /** {@code routediff help --man}: the manual page instead of a command's help. */
    static final String MAN = "--man";

    /** {@code routediff help [COMMAND]}: the command's help, or the list of commands; {@code help --man}, the manual. */
    private static int help(String[] args, int at, CommandSpec root, CommandContext cli) throws UsageException {
        if (at + 1 >= args.length) {
            cli.out().print(Help.render(root));
            return OK;
        }
        if (at + 2 < args.length) {
            throw new UsageException("help takes one command, found " + (args.length - at - 1) + " words");
        }
        String name = args[at + 1];
        if (name.equals(MAN)) {
            cli.out().print(CompletionCommand.manPage(cli));
            return OK;
        }
        CommandSpec named = name.equals(RouteDiffCommand.HELP) ? root : RouteDiffCommand.spec(name, cli);
        if (named == null) {
            throw new UsageException(RouteDiffCommand.unknown(name));
        }
        cli.out().print(Help.render(named));
        return OK;
    }

    /** The values of {@code --plugin-path} among the command's own arguments, read ahead of its spec. */
    private static List<String> pluginPathsAfter(String[] args, int from) {
        List<String> dirs = new ArrayList<>();
        String name = OutputOptions.PLUGIN_PATH_NAME;
        for (int i = from; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals(name) && i + 1 < args.length) {
                dirs.add(args[++i]);
            } else if (args[i].startsWith(name + "=")) {
                dirs.add(args[i].substring(name.length() + 1));
            }
        }
        return dirs;
    }

    private static boolean helpOrVersion(ParsedLine line, CommandSpec spec, CommandContext cli) {
        if (line.helpRequested()) {
            cli.out().print(Help.render(spec));
            return true;
        }
        if (line.versionRequested()) {
            cli.out().println(RouteDiffCommand.version());
            return true;
        }
        return false;
    }

    private static List<Path> paths(List<String> dirs) throws UsageException {
        List<Path> p = new ArrayList<>(dirs.size());
        for (String d : dirs) {
            try {
                p.add(Path.of(d));
            } catch (InvalidPathException e) {
                throw new UsageException("Invalid value for option '" + OutputOptions.PLUGIN_PATH_NAME + "': "
                        + e.getMessage());
            }
        }
        return p;
    }

    /** A problem found while running: one line on stderr (its stack trace too with --debug), exit 2. */
    private static int failed(Throwable ex, CommandContext cli, boolean debug) {
        PrintWriter err = cli.err();
        if (ex instanceof RouteInputException) {
            err.println(ex.getMessage());
        } else if (ex instanceof UsageException || ex instanceof CaptureException
                || ex instanceof PluginConflictException || ex instanceof UnknownPluginException) {
            err.println("routediff: " + ex.getMessage());
        } else if (ex instanceof java.io.IOException) {
            err.println("routediff: " + ex.getMessage());
        } else if (ex instanceof OutOfMemoryError) {
            err.println("routediff: " + Trouble.outOfMemory(cli.inputs(), cli.reading(),
                    Runtime.getRuntime().maxMemory()));
        } else {
            String plugin = Trouble.pluginOf(ex, cli::pluginIds);
            String what = ex instanceof StackOverflowError ? "stack overflow (endless recursion)" : ex.toString();
            if (plugin != null) {
                err.println("routediff: " + plugin + " failed: " + what + (debug ? "" : " (run with --debug for details)"));
            } else {
                err.println("routediff: internal error: " + what + (debug ? "" : " (run with --debug for details)"));
            }
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        return TROUBLE;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "bad usage";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
