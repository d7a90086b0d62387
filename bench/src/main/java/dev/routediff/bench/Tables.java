package dev.routediff.bench;

import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Tables for the benchmarks' set-up: generated, then read by the parser the CLI uses for them. */
final class Tables {

    private Tables() {
    }

    static RouteTable parse(String text, String source) {
        try {
            return new MacosNetstatParser().parse(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RouteTable generated(TableGenerator.Settings s) {
        return parse(TableGenerator.generate(s), "generated");
    }

    /** One of the repository's examples/, bundled into this jar by the POM. */
    static RouteTable example(String name) {
        try (InputStream in = Tables.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example " + name + " is not bundled");
            }
            return new MacosNetstatParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
