package dev.routediff.cli.capture;

import dev.routediff.core.input.LineSource;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.PolicyRules;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads this machine's route table by running its platform's commands, and turns their output into a table. */
public final class RouteCapture {

    private RouteCapture() {
    }

    /** One command's output. */
    public record Part(Platform.Probe probe, CommandRunner.Output output) {

        /** The output as text: route commands print ASCII, and UTF-8 keeps any non-ASCII interface name intact. */
        public String text() {
            return new String(output.stdout(), StandardCharsets.UTF_8);
        }
    }

    /** The outputs of one reading, in command order. */
    public record Snapshot(Platform platform, List<Part> parts) {

        public Snapshot {
            parts = List.copyOf(parts);
        }

        /** What the commands printed, one after the other: the text a user saves as a BEFORE or AFTER file. */
        public String raw() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    /** Runs the platform's commands; a missing or failing command is a {@link CaptureException} naming it. */
    public static Snapshot take(Platform platform, CommandRunner runner) throws IOException, InterruptedException {
        List<Part> parts = new ArrayList<>();
        for (Platform.Probe probe : platform.probes()) {
            CommandRunner.Output out;
            try {
                out = runner.run(probe.command());
            } catch (CommandRunner.CommandNotFoundException e) {
                throw new CaptureException(cannot(platform) + "'" + probe.commandLine() + "' did not run: "
                        + e.getMessage());
            }
            if (out.exitStatus() != 0) {
                if (probe.familyMayBeMissing() && out.stderr().toLowerCase(Locale.ROOT).contains("not supported")) {
                    // a kernel without IPv6 has no IPv6 routes; ip says so on stderr and fails
                    out = new CommandRunner.Output(0, new byte[0], out.stderr());
                } else {
                    throw new CaptureException(cannot(platform) + "'" + probe.commandLine() + "' failed with exit status "
                            + out.exitStatus() + ": " + firstLine(out.stderr()));
                }
            }
            parts.add(new Part(probe, out));
        }
        return new Snapshot(platform, parts);
    }

    /**
     * The table the outputs hold. Each output is parsed on its own, with the parser asked for, else the probe's
     * parser when installed, else whichever parser recognises it (an output nobody recognises fails with the usual
     * one-line message naming the command). Line numbers count through the whole raw text, so they match a file
     * saved with {@code capture --raw}; an error's line counts within the command named in it.
     */
    public static RouteTable parse(Snapshot snapshot, PluginRegistry registry, String parserId) throws IOException {
        RouteTableReader reader = new RouteTableReader(registry);
        List<Route> routes = new ArrayList<>();
        PolicyRules policy = PolicyRules.NONE;
        String tableParser = null;
        int offset = 0;
        for (Part part : snapshot.parts()) {
            Platform.Probe probe = part.probe();
            String text = part.text();
            if (!(probe.emptyMeansNoRoutes() && text.isBlank())) {
                String id = parserId != null ? parserId
                        : registry.parser(probe.parserId()).isPresent() ? probe.parserId() : null;
                RouteTable t = reader.parse(TextInput.open(probe.commandLine(),
                        new ByteArrayInputStream(part.output().stdout())), id);
                tableParser = tableParser == null ? t.parserId() : tableParser;
                policy = policy.plus(t.policy()); // ip rule and ip -6 rule: one list, shared rules once
                for (Route r : t.routes()) {
                    routes.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(),
                            r.flags(), r.iface(), r.expire(), r.line() + offset, r.attributes()));
                }
            }
            offset += lineCount(text);
        }
        if (tableParser == null) {
            tableParser = parserId != null ? parserId : snapshot.platform().probes().get(0).parserId();
        }
        RouteTable.Builder table = RouteTable.builder(snapshot.platform().commandLine(), tableParser, routes.size());
        routes.forEach(table::add);
        return table.policy(policy).build();
    }

    private static int lineCount(String text) throws IOException {
        LineSource lines = new LineSource(new StringReader(text), "", Integer.MAX_VALUE);
        int n = 0;
        while (lines.next() != null) {
            n++;
        }
        return n;
    }

    private static String cannot(Platform platform) {
        return "cannot read this machine's route table (" + platform.name() + "): ";
    }

    private static String firstLine(String stderr) {
        return stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("it printed no message");
    }
}
