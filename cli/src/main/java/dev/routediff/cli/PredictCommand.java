package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.PredictedTables;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict the routes that connecting adds (and removes), from the endpoint's settings.",
            "Without --assigned-ip the rules are shown symbolically, as the field report's summary does."})
public final class PredictCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Mixin
    RuleOptions rules;

    @Option(names = "--before", paramLabel = "FILE",
            description = "The table before connecting: gives the default gateway, and the predicted table is printed.")
    String before;

    public PredictCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        RuleSet ruleSet = cli.ruleSet(rules.ruleSet());
        RouteTable table = before == null ? null : cli.read(before, input.parser());
        Prediction p = ruleSet.predict(rules.settings(), table);
        RouteTable predicted = table == null ? null : PredictedTables.apply(table, p);
        Format f = output.format();
        if (f == Format.JSON) {
            var node = new RuleViews(cli.json().mapper()).prediction(p);
            if (predicted != null) {
                node.set("table", cli.json().table(predicted).get("routes"));
            }
            cli.out().print(cli.json().write(node));
            return Main.OK;
        }
        cli.out().print(RuleViews.prediction(p, f, cli.color(f)));
        if (predicted != null) {
            cli.out().println();
            cli.out().println(f == Format.MARKDOWN ? "**Predicted table after connecting**\n" : "Predicted table after connecting:");
            cli.out().print(TableViews.table(predicted, f, cli.color(f)));
        }
        return Main.OK;
    }
}
