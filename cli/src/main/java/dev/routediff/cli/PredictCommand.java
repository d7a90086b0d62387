package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.PredictedTables;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSet;

public final class PredictCommand implements Command {

    static final Opt BEFORE = Opt.value("--before", "FILE",
            "The table before connecting: gives the default gateway, and the predicted table is printed.");

    static CommandSpec spec(RuleOptions.Declared declared) {
        return new CommandSpec("routediff predict")
                .description("Predict the routes that connecting adds (and removes), from the endpoint's settings.",
                        "Without --assigned-ip the rules are shown symbolically, as the field report's summary does.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(declared.opts()).options(BEFORE)
                .options(OutputOptions.MAP);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final RuleOptions rules;
    private final String before;

    PredictCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        rules = new RuleOptions(line, cli.ruleOptions(), cli);
        before = line.value(BEFORE, null);
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    @Override
    public int call() throws Exception {
        RuleSet ruleSet = rules.ruleSet();
        RouteTable table = before == null ? null : cli.read(before, input.parser());
        Prediction p = ruleSet.predict(rules.settings(), table);
        RouteTable predicted = table == null ? null : PredictedTables.apply(table, p);
        Format f = output.format();
        if (f == Format.HTML) {
            if (predicted == null) {
                throw UsageException.withoutHelpPointer("predict --format html needs --before FILE: the report sets the table "
                        + "before beside the one predicted");
            }
            Reports.predict(cli, ruleSet, table, p, predicted);
            return Main.OK;
        }
        if (f == Format.JSON) {
            var node = new RuleViews(cli.json().mapper()).prediction(p);
            if (predicted != null) {
                node.set("table", JsonTableWriter.tree(predicted, cli.json().mapper()).get("routes"));
            }
            cli.out().print(cli.json().write(node));
            return Main.OK;
        }
        cli.out().print(RuleViews.prediction(p, f, cli.color(f), cli.width(f)));
        if (predicted != null) {
            cli.out().println();
            cli.out().println(f == Format.MARKDOWN ? "**Predicted table after connecting**\n" : "Predicted table after connecting:");
            cli.out().print(TableViews.table(predicted, f, cli.color(f)));
        }
        return Main.OK;
    }
}
