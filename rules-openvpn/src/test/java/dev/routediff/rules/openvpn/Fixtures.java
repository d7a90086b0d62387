package dev.routediff.rules.openvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The tables under src/test/resources/tables (see PROVENANCE.md there), read by the real parsers, auto-detected. */
final class Fixtures {

    private static final PluginRegistry REGISTRY = PluginRegistry.load(Fixtures.class.getClassLoader());

    private Fixtures() {
    }

    static RouteTable table(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/tables/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test table missing: " + name);
            }
            return new RouteTableReader(REGISTRY).parse(TextInput.open(name, in), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Explanation explain(RuleSet rules, String before, String after, RuleSettings settings) {
        RouteTable b = table(before);
        RouteTable a = table(after);
        RouteDiff diff = RouteDiffer.diff(b, a, false);
        return rules.explain(b, a, diff, settings);
    }

    /** "change destination gateway iface -> rule" lines, for readable assertions. */
    static List<String> lines(Explanation e) {
        return e.changes().stream().map(Fixtures::line).toList();
    }

    static String line(AttributedChange c) {
        return c.change() + " " + c.route().destination() + " " + c.route().gateway().text() + " "
                + c.route().iface() + " -> " + c.rule();
    }
}
