package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.RuleViews;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.JsonViews;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.InputWarnings;
import dev.routediff.core.rules.Warning;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import java.io.PrintWriter;

public final class DiffCommand implements Command {

    static final Param BEFORE = Param.one("BEFORE", "The table before (a file, or - for standard input).");
    static final Param AFTER = Param.one("AFTER", "The table after.");
    static final Opt ALL = Opt.flag("--all",
            "Also show neighbour-cache (ARP/ND) entries and Expire countdown changes.");

    static CommandSpec spec() {
        return new CommandSpec("routediff diff")
                .description("Show the routes added, removed and changed between two tables.",
                        "Exit status, as diff(1): 0 no difference, 1 differences, 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(ALL).options(OutputOptions.MAP)
                .params(BEFORE, AFTER);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final String before;
    private final String after;
    private final boolean all;

    DiffCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        before = line.param(BEFORE);
        after = line.param(AFTER);
        all = line.flag(ALL);
    }

    @Override
    public int call() throws Exception {
        if (before.equals("-") && after.equals("-")) {
            throw UsageException.withoutHelpPointer("only one of BEFORE and AFTER can be standard input (-)");
        }
        RouteTable[] tables = cli.readBoth(before, after, input.parser());
        RouteDiff diff;
        try (Progress p = Progress.start(cli, "comparing " + tables[0].size() + " and " + tables[1].size() + " routes")) {
            diff = RouteDiffer.diff(tables[0], tables[1], all);
        }
        // not Optional.stream().toList(): the first stream of a run costs several milliseconds of start-up
        Optional<Warning> platforms = InputWarnings.platformsDiffer(tables[0], tables[1]);
        List<Warning> warnings = platforms.isPresent() ? List.of(platforms.get()) : List.of();
        if (output.format() == Format.HTML) {
            Reports.diff(cli, tables[0], tables[1], diff);
        } else {
            print(diff, warnings, output.format(), cli.color(output.format()), cli.json(), cli.out());
        }
        return diff.isEmpty() ? Main.OK : Main.DIFFERENT;
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    static void print(CommandContext cli, RouteDiff diff, Format f) throws IOException {
        print(diff, f, cli.color(f), cli.json(), cli.out());
    }

    static void print(RouteDiff diff, Format f, boolean color, JsonViews json, PrintWriter out) throws IOException {
        print(diff, null, f, color, json, out);
    }

    /**
     * Written as the rows come (render/JsonTableWriter.writeDiff, TableViews.writeDiff), never as one document: a
     * diff of two unrelated tables is as long as both. {@code warnings} about the two inputs end it (JSON: only
     * when not null).
     */
    static void print(RouteDiff diff, List<Warning> warnings, Format f, boolean color, JsonViews json, PrintWriter out)
            throws IOException {
        if (f == Format.JSON) {
            JsonTableWriter.writeDiff(diff, json, out, warnings);
            return;
        }
        if (!diff.isEmpty()) {
            TableViews.writeDiff(diff, f, color, out);
            out.println();
        }
        out.println(TableViews.diffSummary(diff));
        if (warnings != null) {
            out.print(RuleViews.warnings(warnings));
        }
    }
}
