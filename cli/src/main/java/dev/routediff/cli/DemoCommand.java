package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run routediff on the field report's first experiment: a Mac's netstat -nr before and after",
            "connecting AWS Client VPN with split tunnel (the tables are bundled; see examples/)."})
public final class DemoCommand implements Callable<Integer> {

    static final String BEFORE = "clientvpn-split-before.txt";
    static final String AFTER = "clientvpn-split-after.txt";

    private final Cli cli;

    @Mixin
    OutputOptions output;

    public DemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        RouteTable before = bundled(BEFORE);
        RouteTable after = bundled(AFTER);
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        Format f = output.format();
        if (f != Format.JSON) {
            cli.out().println("Field report, experiment 1: macOS, AWS VPN Client 1.2.4, split tunnel, client CIDR 10.243.0.0/22.");
            cli.out().println("routediff diff examples/" + BEFORE + " examples/" + AFTER);
            cli.out().println();
        }
        DiffCommand.print(cli, diff, f);
        return Main.OK;
    }

    private RouteTable bundled(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("the demo table " + name + " is missing from this build");
            }
            return new RouteTableReader(cli.registry()).parse(TextInput.open("examples/" + name, in), null);
        }
    }
}
