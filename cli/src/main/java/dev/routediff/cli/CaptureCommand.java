package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.capture.Platform;
import dev.routediff.cli.capture.RouteCapture;
import dev.routediff.core.model.RouteTable;

public final class CaptureCommand implements Command {

    static final Opt RAW = Opt.flag("--raw",
            "Print exactly what the command printed, unparsed (whatever --format says).");

    static CommandSpec spec() {
        return new CommandSpec("routediff capture")
                .description("Print this machine's route table, read with the system's route command.",
                        "The commands are the ones the installed parser for this platform declares (as bundled: "
                                + "netstat -rn on macOS, ip rule and ip route show table all on Linux, route print on "
                                + "Windows).",
                        "--raw prints the command's text as it is: save it as a BEFORE or AFTER file.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(RAW);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final boolean raw;

    CaptureCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        raw = line.flag(RAW);
    }

    @Override
    public int call() throws Exception {
        Platform platform = Platform.forOsName(cli.host().osName(), cli.registry());
        RouteCapture.Snapshot snapshot = RouteCapture.take(platform, cli.host().runner());
        if (raw) {
            cli.out().print(snapshot.raw());
            return Main.OK;
        }
        RouteTable table = cli.prepare(RouteCapture.parse(snapshot, cli.registry(), input.parser()));
        cli.print(table, output.format());
        return Main.OK;
    }
}
