package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSettings;
import java.io.IOException;
import java.io.InputStream;

public final class DemoCommand implements Command {

    static CommandSpec spec() {
        return new CommandSpec("routediff demo")
                .description("Run routediff on the field report's first experiment: a Mac's netstat -nr before and "
                        + "after connecting AWS Client VPN with split tunnel (the tables are bundled; see examples/): "
                        + "every change attributed to a rule, and the rules as the report's summary states them.")
                .options(OutputOptions.ALL).options(OutputOptions.MAP);
    }

    static final String BEFORE = "clientvpn-split-before.txt";
    static final String AFTER = "clientvpn-split-after.txt";

    private final CommandContext cli;
    private final OutputOptions output;

    DemoCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    @Override
    public int call() throws IOException {
        RouteTable before = bundled(BEFORE);
        RouteTable after = bundled(AFTER);
        RuleSet rules = cli.defaultRuleSet();
        Explanation explanation = ExplainCommand.explain(cli, rules, before, after, null);
        Format f = output.format();
        if (f == Format.HTML) {
            Reports.explain(cli, rules, before, after, explanation);
            return Main.OK;
        }
        if (f == Format.JSON) {
            ExplainCommand.print(cli, rules, explanation, f);
            return Main.OK;
        }
        cli.out().println("Field report, experiment 1: macOS, AWS VPN Client 1.2.4, split tunnel, client CIDR 10.243.0.0/22.");
        cli.out().println("routediff explain examples/" + BEFORE + " examples/" + AFTER);
        cli.out().println();
        ExplainCommand.print(cli, rules, explanation, f);
        // The report's summary table: the same rules stated without this machine's addresses.
        Object split = explanation.inferred().get("split_tunnel");
        RuleSettings symbolic = RuleSettings.EMPTY.with("split-tunnel", String.valueOf(!Boolean.FALSE.equals(split)));
        cli.out().println();
        cli.out().println("The rules behind it, as the report's summary states them (routediff predict "
                + (Boolean.FALSE.equals(split) ? "--no-split-tunnel" : "--split-tunnel") + "):");
        cli.out().println();
        cli.out().print(RuleViews.prediction(rules.predict(symbolic, null), f, cli.color(f),
                cli.width(f)));
        return Main.OK;
    }

    private RouteTable bundled(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("the demo table " + name + " is missing from this build");
            }
            return cli.prepare(new RouteTableReader(cli.registry()).parse(TextInput.open("examples/" + name, in),
                    null));
        }
    }
}
