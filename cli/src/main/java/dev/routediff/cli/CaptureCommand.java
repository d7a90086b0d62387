package dev.routediff.cli;

import dev.routediff.cli.capture.Platform;
import dev.routediff.cli.capture.RouteCapture;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.model.RouteTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Print this machine's route table, read with the system's route command.",
            "macOS: netstat -rn; Linux: ip route and ip -6 route (table main); Windows: route print.",
            "--raw prints the command's text as it is: save it as a BEFORE or AFTER file."})
public final class CaptureCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Option(names = "--raw", description = "Print exactly what the command printed, unparsed (whatever --format says).")
    boolean raw;

    public CaptureCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Platform platform = Platform.forOsName(cli.host().osName());
        RouteCapture.Snapshot snapshot = RouteCapture.take(platform, cli.host().runner());
        if (raw) {
            cli.out().print(snapshot.raw());
            return Main.OK;
        }
        RouteTable table = RouteCapture.parse(snapshot, cli.registry(), input.parser());
        Format f = output.format();
        if (f == Format.JSON) {
            JsonTableWriter.write(table, cli.out());
        } else {
            cli.out().print(TableViews.table(table, f, cli.color(f)));
        }
        return Main.OK;
    }
}
