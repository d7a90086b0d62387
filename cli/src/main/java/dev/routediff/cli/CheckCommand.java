package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.CheckViews;
import dev.routediff.cli.render.Format;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.CheckResult;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.check.Finding;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code routediff check}: runs every installed diagnosis that needs no rule set, and those of the chosen rule set,
 * on a table, and renders what they find. It only collects: what is wrong is the diagnoses' to say.
 */
public final class CheckCommand implements Command {

    static final Param TABLE = Param.one("TABLE",
            "The table now: connected, or after disconnecting (a file, or - for standard input).");
    static final Opt BEFORE = Opt.value("--before", "FILE",
            "A table from before connecting: with TABLE taken after disconnecting, finds routes left behind.");
    static final Opt DNS = Opt.value("--dns", "FILE",
            "The resolver configuration: scutil --dns (macOS), /etc/resolv.conf or resolvectl status (Linux), "
                    + "ipconfig /all (Windows).");

    static CommandSpec spec(RuleOptions.Declared declared) {
        return new CommandSpec("routediff check")
                .description("Diagnose a route table: the VPN routing problems users report (a LAN beating a VPN "
                        + "route, bridges on VPN ranges, the wrong tunnel mode, leftovers, two VPNs, IPv6 and DNS "
                        + "outside the tunnel), each with the rows that show it, an example address and a fix.",
                        "Codes and fixes: docs/check.md. Exit status: 0 no error or warning (info alone is 0), "
                                + "1 errors or warnings found, 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(BEFORE, DNS)
                .options(declared.opts()).params(TABLE);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final RuleOptions rules;
    private final String table;
    private final String before;
    private final String dns;

    CheckCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        rules = new RuleOptions(line, cli.ruleOptions(), cli);
        table = line.param(TABLE);
        before = line.value(BEFORE, null);
        dns = line.value(DNS, null);
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    @Override
    public int call() throws Exception {
        long stdin = java.util.stream.Stream.of(table, before, dns).filter("-"::equals).count();
        if (stdin > 1) {
            throw UsageException.withoutHelpPointer("only one of TABLE, --before and --dns can be standard input (-)");
        }
        // the rule set the options select (an unknown id or an undeclared option is refused before any file is read)
        String ruleSet = rules.ruleSet().info().id();
        RouteTable now;
        RouteTable earlier = null;
        if (before == null) {
            now = cli.read(table, input.parser());
        } else {
            RouteTable[] both = cli.readBoth(before, table, input.parser());
            earlier = both[0];
            now = both[1];
        }
        DnsConfig dnsConfig = dns == null ? null : readDns(dns);
        CheckResult result = check(cli, new CheckInput(now, earlier, rules.settings(), dnsConfig), ruleSet);
        Format f = output.format();
        if (f == Format.HTML) {
            Reports.check(cli, now, earlier, result);
        } else if (f == Format.JSON) {
            cli.out().print(cli.json().write(new CheckViews(cli.json().mapper()).json(result)));
        } else {
            cli.out().print(CheckViews.text(result, f, cli.color(f)));
        }
        return result.clean() ? Main.OK : Main.DIFFERENT;
    }

    /** Runs the generic diagnoses and those of {@code ruleSet}; a diagnosis that breaks is reported and skipped. */
    static CheckResult check(CommandContext cli, CheckInput input, String ruleSet) {
        List<Finding> findings = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Plugin<Diagnosis> p : cli.registry().diagnoses()) {
            Diagnosis d = p.provider();
            String owner = d.info().ruleSet();
            if (!owner.isEmpty() && !owner.equals(ruleSet)) {
                continue;
            }
            try {
                findings.addAll(d.diagnose(input));
            } catch (RouteInputException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                cli.err().println("routediff: warning: the diagnosis " + p.id() + " (" + p.source() + ") failed and "
                        + "was skipped: " + e);
            }
        }
        input.dns().filter(c -> c.servers().isEmpty()).ifPresent(c -> warnings.add(new Warning("dns-no-servers",
                c.source() + " names no DNS server, so dns-outside-tunnel had nothing to check", null)));
        return new CheckResult(input.table().source(), input.before().map(RouteTable::source).orElse(null),
                findings, warnings);
    }

    private DnsConfig readDns(String name) throws IOException {
        if (name.equals("-")) {
            return readDns(TextInput.open("stdin", cli.stdin()));
        }
        try (InputStream in = TextInput.openFile(name, "a resolver configuration")) {
            return readDns(TextInput.open(name, in));
        }
    }

    /** The input read by the reader most sure of it; none sure is one line naming what was expected. */
    private DnsConfig readDns(TextInput text) throws IOException {
        List<Plugin<DnsReader>> readers = cli.registry().dnsReaders();
        DnsReader best = null;
        int score = 0;
        for (Plugin<DnsReader> p : readers) {
            int s = p.provider().detect(text.sample());
            if (s > score) {
                score = s;
                best = p.provider();
            }
        }
        if (best == null) {
            String expected = readers.stream().flatMap(p -> p.provider().commands().stream())
                    .collect(Collectors.joining(", "));
            throw new RouteInputException(text.source(), 1, "no DNS reader recognises this input; expected the "
                    + "output of " + (expected.isEmpty() ? "a resolver command (none installed)" : expected));
        }
        return best.read(text.reader(), text.source());
    }
}
