package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.Completion;
import dev.routediff.cli.args.ManPage;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.Format;
import dev.routediff.core.spi.Plugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code routediff completion bash|zsh|fish}: a completion script for the commands and options of this routediff and
 * the plugins it found (the rule sets' own flags, the installed parser and rule-set ids as values). Also the source
 * of {@code routediff help --man}, the manual page made from the same specs.
 */
final class CompletionCommand implements Command {

    static final Param SHELL = Param.one("SHELL", "The shell: " + String.join(", ", Completion.SHELLS) + ".");

    static CommandSpec spec() {
        return new CommandSpec("routediff completion")
                .description("Print a completion script for bash, zsh or fish: commands, options and their values "
                        + "(formats, installed parsers and rule sets, file names).",
                        "Load it in this shell: source <(routediff completion bash); for every shell, save it where "
                                + "the shell looks (docs/install.md). Make it again after installing a plugin.")
                .options(OutputOptions.PLUGIN_PATH).params(SHELL);
    }

    private final CommandContext cli;
    private final String shell;

    CompletionCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        String s = line.param(SHELL);
        if (!Completion.SHELLS.contains(s)) {
            String near = dev.routediff.cli.args.Suggest.closest(s, Completion.SHELLS);
            throw new UsageException("SHELL: expected " + String.join(", ", Completion.SHELLS) + ", found '" + s + "'"
                    + (near == null ? "" : "; did you mean '" + near + "'?"));
        }
        shell = s;
    }

    @Override
    public int call() {
        cli.out().print(completion(cli).script(shell));
        return Main.OK;
    }

    static Completion completion(CommandContext cli) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put(OutputOptions.FORMAT.name(), java.util.Arrays.stream(Format.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        choices.put(InputOptions.PARSER.name(), cli.registry().parsers().stream().map(Plugin::id).toList());
        choices.put(RuleOptions.RULES_NAME, cli.registry().ruleSets().stream().map(Plugin::id).toList());
        return new Completion("routediff", RouteDiffCommand.spec(), RouteDiffCommand.specs(cli), choices,
                Map.of("completion", Completion.SHELLS));
    }

    /** {@code routediff help --man}: the manual page, roff. */
    static String manPage(CommandContext cli) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("ENVIRONMENT", List.of(
                "NO_COLOR: when set, no colour even on a terminal.",
                "COLUMNS: the terminal's width, to which tables are fitted (--wide: never fitted).",
                PluginFolders.ENV + ": more folders of plugin jars, separated as PATH is; --plugin-path adds more.",
                "ROUTEDIFF_JAVA, JAVA_HOME: the Java 17 or later the launcher runs (then java on PATH).",
                "ROUTEDIFF_CDS=0: the launcher keeps no class-data archive in the per-user cache folder."));
        sections.put("FILES", List.of(
                "plugins/ beside lib/ of the installation: the bundled plugin jars.",
                "$XDG_CACHE_HOME/routediff (~/.cache/routediff; %LOCALAPPDATA%\\routediff on Windows): the launcher's "
                        + "class-data archive."));
        sections.put("SEE ALSO", List.of(
                "routediff COMMAND --help; routediff completion bash|zsh|fish; the documentation in docs/ of the "
                        + "source or README.md of the installation."));
        return ManPage.render(RouteDiffCommand.version(), RouteDiffCommand.spec(), RouteDiffCommand.specs(cli),
                sections);
    }
}
