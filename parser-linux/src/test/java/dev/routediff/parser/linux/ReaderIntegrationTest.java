package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The way the CLI reads a file: plugins found by ServiceLoader, parser chosen by detection alone. */
class ReaderIntegrationTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load(ReaderIntegrationTest.class.getClassLoader());
    private static final RouteTableReader READER = new RouteTableReader(REGISTRY);

    private static final List<String> REFUSED = List.of("centos-7.7__route.out", "ubuntu-18.04__route.out",
            "nixos__route-ee.out", "this-host__route.out", "centos-7.7__netstat-r.out", "ubuntu-18.04__netstat-r.out",
            "centos-7.7__route-6.out");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.DIR)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".json") && !n.endsWith(".yml") && !n.endsWith(".md"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void pluginsLoadWithoutProblems() {
        assertTrue(REGISTRY.problems().isEmpty(), REGISTRY.problems().toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void detectionPicksTheOwner(String name) throws IOException {
        String path = Fixtures.DIR.resolve(name).toString();
        if (REFUSED.contains(name)) {
            RouteInputException e = assertThrows(RouteInputException.class,
                    () -> READER.read(path, InputStream.nullInputStream(), null));
            assertTrue(e.getMessage().contains("names are printed without -n; run "), e.getMessage());
            return;
        }
        RouteTable t = READER.read(path, InputStream.nullInputStream(), null);
        assertEquals(Fixtures.ownerOf(name).info().id(), t.parserId());
        assertTrue(t.size() > 0 || !t.policy().isEmpty(), name); // ip rule show alone: rules, no routes
    }
}
