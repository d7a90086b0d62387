package dev.routediff.cli;

import dev.routediff.cli.capture.CaptureException;
import dev.routediff.cli.capture.Host;
import dev.routediff.cli.capture.SystemHost;
import dev.routediff.core.spi.PluginConflictException;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.UnknownPluginException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 success (for diff and explain: nothing to report), 1 differences found (diff) or
 * something unexplained (explain), 2 trouble: bad usage or bad input, always one line on stderr and no stack trace
 * unless {@code --debug}.
 */
public final class Main {

    public static final int OK = 0;
    public static final int DIFFERENT = 1;
    public static final int TROUBLE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, System.in, out, err, System.getenv(), System.console() != null, PluginFolders.defaults());
        out.flush();
        err.flush();
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
        boolean debug = Arrays.asList(args).contains("--debug");
        Cli cli = new Cli(stdin, out, err, env, terminal, folders, host);
        CommandFactory factory = new CommandFactory(cli);
        CommandLine cmd = new CommandLine(RouteDiffCommand.class, factory);
        String wanted = RouteDiffCommand.requested(args);
        RouteDiffCommand.COMMANDS.forEach((name, type) -> {
            if (wanted == null || wanted.equals(name)) {
                cmd.addSubcommand(name, new CommandLine(type, factory));
            }
        });
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            err.println("routediff: " + firstLine(ex.getMessage()) + " (see '" + c.getCommandSpec().qualifiedName()
                    + " --help')");
            return TROUBLE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof RouteInputException) {
                err.println(ex.getMessage());
            } else if (ex instanceof UsageException || ex instanceof CaptureException
                    || ex instanceof PluginConflictException || ex instanceof UnknownPluginException) {
                err.println("routediff: " + ex.getMessage());
            } else if (ex instanceof java.io.IOException) {
                err.println("routediff: " + ex.getMessage());
            } else {
                err.println("routediff: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            return TROUBLE;
        });
        cmd.setExecutionStrategy(parsed -> {
            // --plugin-path may be given before or after the command's name; collect it from every level.
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                cli.pluginPath(p.matchedOptionValue(OutputOptions.PLUGIN_PATH, List.<Path>of()));
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "bad usage";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
