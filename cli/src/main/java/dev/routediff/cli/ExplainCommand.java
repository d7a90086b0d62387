package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.InputWarnings;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSets;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.List;

public final class ExplainCommand implements Command {

    static final Param BEFORE = Param.one("BEFORE", "The table before connecting.");
    static final Param AFTER = Param.one("AFTER", "The table after connecting.");

    static CommandSpec spec(RuleOptions.Declared declared) {
        return new CommandSpec("routediff explain")
                .description("Explain the difference between a table before and after connecting: infer the "
                        + "assigned IP, tunnel subnet, gateway and split mode, and attribute every change to a rule.",
                        "Exit status: 0 all explained and nothing missing, 1 otherwise, 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(declared.opts()).options(OutputOptions.MAP)
                .params(BEFORE, AFTER);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final RuleOptions rules;
    private final String before;
    private final String after;

    ExplainCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        rules = new RuleOptions(line, cli.ruleOptions(), cli);
        before = line.param(BEFORE);
        after = line.param(AFTER);
    }

    @Override
    public int call() throws Exception {
        if (before.equals("-") && after.equals("-")) {
            throw UsageException.withoutHelpPointer("only one of BEFORE and AFTER can be standard input (-)");
        }
        RuleSet ruleSet = rules.ruleSet();
        RouteTable[] tables = cli.readBoth(before, after, input.parser());
        RouteTable b = tables[0];
        RouteTable a = tables[1];
        Explanation e = explain(cli, ruleSet, b, a, rules);
        if (output.format() == Format.HTML) {
            Reports.explain(cli, ruleSet, b, a, e);
        } else {
            print(cli, ruleSet, e, output.format());
        }
        return e.fullyExplained() ? Main.OK : Main.DIFFERENT;
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    /**
     * The chosen rule set first, then the other installed ones, then patterns (core's RuleSets), after the warnings
     * about the two inputs themselves (swapped, the same...).
     */
    static Explanation explain(CommandContext cli, RuleSet ruleSet, RouteTable before, RouteTable after,
                               RuleOptions rules) {
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        Explanation e = RuleSets.explain(ruleSet, cli.ruleOptions().byPriority(), before, after, diff,
                rules == null ? dev.routediff.core.rules.RuleSettings.EMPTY : rules.settings());
        List<Warning> warnings = new ArrayList<>(InputWarnings.connecting(before, after, diff));
        if (warnings.isEmpty()) {
            return e;
        }
        warnings.addAll(e.warnings());
        return new Explanation(e.inferred(), e.changes(), e.ignored(), e.missing(), warnings);
    }

    static void print(CommandContext cli, RuleSet ruleSet, Explanation e, Format f) {
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(new RuleViews(cli.json().mapper()).explanation(e)));
        } else {
            cli.out().print(RuleViews.explanation(e, f, cli.color(f), RuleViews.ruleNames(ruleSet.info()),
                    cli.width(f)));
        }
    }
}
