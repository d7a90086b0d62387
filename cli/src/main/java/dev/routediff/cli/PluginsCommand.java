package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.TableViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the parsers and rule sets found, with their id, version and the jar they came from.")
public final class PluginsCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    public PluginsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Format f = output.format();
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().plugins(cli.registry())));
        } else {
            cli.out().print(TableViews.plugins(cli.registry(), f, cli.color(f)));
        }
        return Main.OK;
    }
}
