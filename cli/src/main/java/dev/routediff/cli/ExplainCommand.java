package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the difference between a table before and after connecting: infer the assigned IP,",
            "tunnel subnet, gateway and split mode, and attribute every change to a rule.",
            "Exit status: 0 all explained and nothing missing, 1 otherwise, 2 trouble."})
public final class ExplainCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Mixin
    RuleOptions rules;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The table before connecting.")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The table after connecting.")
    String after;

    public ExplainCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (before.equals("-") && after.equals("-")) {
            throw new UsageException("only one of BEFORE and AFTER can be standard input (-)");
        }
        RuleSet ruleSet = cli.ruleSet(rules.ruleSet());
        RouteTable[] tables = cli.readBoth(before, after, input.parser());
        RouteTable b = tables[0];
        RouteTable a = tables[1];
        Explanation e = explain(ruleSet, b, a, rules);
        print(cli, e, output.format());
        return e.fullyExplained() ? Main.OK : Main.DIFFERENT;
    }

    static Explanation explain(RuleSet ruleSet, RouteTable before, RouteTable after, RuleOptions rules) {
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        return ruleSet.explain(before, after, diff, rules == null ? dev.routediff.core.rules.RuleSettings.EMPTY
                : rules.settings());
    }

    static void print(Cli cli, Explanation e, Format f) {
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(new RuleViews(cli.json().mapper()).explanation(e)));
        } else {
            cli.out().print(RuleViews.explanation(e, f, cli.color(f)));
        }
    }
}
