package dev.routediff.checks;

import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.check.Finding;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test inputs read as the CLI reads them: tables through the installed parsers, DNS through the readers. */
final class Inputs {

    static final PluginRegistry REGISTRY = PluginRegistry.load(Inputs.class.getClassLoader());

    private Inputs() {
    }

    static Path path(String resource) {
        try {
            var url = Inputs.class.getResource("/" + resource);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RouteTable table(String resource) {
        try {
            return new RouteTableReader(REGISTRY).read(path(resource).toString(), InputStream.nullInputStream(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration read by the reader that detects it most surely, as {@code check --dns} does. */
    static DnsConfig dns(String resource) {
        try (InputStream in = Files.newInputStream(path(resource))) {
            TextInput text = TextInput.open(resource, in);
            DnsReader best = null;
            int score = 0;
            for (Plugin<DnsReader> p : REGISTRY.dnsReaders()) {
                int s = p.provider().detect(text.sample());
                if (s > score) {
                    score = s;
                    best = p.provider();
                }
            }
            if (best == null) {
                throw new IllegalArgumentException("no reader detects " + resource);
            }
            return best.read(text.reader(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every installed diagnosis (this module's) on the input. */
    static List<Finding> findings(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (Plugin<Diagnosis> d : REGISTRY.diagnoses()) {
            out.addAll(d.provider().diagnose(input));
        }
        return out;
    }

    static List<Finding> findings(String table) {
        return findings(new CheckInput(table(table), null, RuleSettings.EMPTY, null));
    }
}
