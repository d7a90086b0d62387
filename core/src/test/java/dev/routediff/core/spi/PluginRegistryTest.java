package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    /** A working parser. */
    public static class GoodParser implements RouteTableParser {
        @Override
        public ParserInfo info() {
            return new ParserInfo("good-parser", "works", List.of("test"), List.of("cat"));
        }

        @Override
        public int detect(String sample) {
            return sample.startsWith("good") ? 50 : 0;
        }

        @Override
        public RouteTable parse(Reader input, String source) {
            return new RouteTable(source, "good-parser", List.of());
        }
    }

    /** Another working parser, listed before the first to show the order is by id. */
    public static class AnotherParser extends GoodParser {
        @Override
        public ParserInfo info() {
            return new ParserInfo("another-parser", "works too", List.of("test"), List.of("cat"));
        }
    }

    /** A parser whose constructor throws, as one with a missing dependency would. */
    public static class ExplodingParser extends GoodParser {
        public ExplodingParser() {
            throw new IllegalStateException("cannot start");
        }
    }

    /** A parser whose metadata is broken. */
    public static class BadInfoParser extends GoodParser {
        @Override
        public ParserInfo info() {
            throw new UnsupportedOperationException("no info");
        }
    }

    /** Same id as GoodParser. */
    public static class ImpostorParser extends GoodParser {
    }

    private static ClassLoader loaderWithServices(Path dir, String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RouteTableParser.class.getName()), String.join("\n", classNames) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PluginRegistryTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                // Only this folder's service files, not those of the test class path.
                return findResources(name);
            }
        };
    }

    @Test
    void aBrokenProviderIsReportedAndTheGoodOnesStillLoad(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderWithServices(dir,
                GoodParser.class.getName(),
                "com.example.DoesNotExist",
                ExplodingParser.class.getName(),
                BadInfoParser.class.getName(),
                AnotherParser.class.getName());
        PluginRegistry registry = PluginRegistry.load(loader);
        assertEquals(List.of("another-parser", "good-parser"),
                registry.parsers().stream().map(Plugin::id).collect(Collectors.toList()));
        assertEquals(3, registry.problems().size(), registry.problems().toString());
        String all = registry.problems().toString();
        assertTrue(all.contains("com.example.DoesNotExist"), all);
        assertTrue(all.contains("cannot start"), all);
        assertTrue(all.contains("no info"), all);
        assertTrue(registry.parsers().get(1).source().endsWith("test-classes"), registry.parsers().get(1).source());
    }

    @Test
    void duplicateIdsAreAClearError(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderWithServices(dir, GoodParser.class.getName(), ImpostorParser.class.getName());
        PluginConflictException e = assertThrows(PluginConflictException.class, () -> PluginRegistry.load(loader));
        assertTrue(e.getMessage().startsWith("two RouteTableParser plugins have the id 'good-parser': "), e.getMessage());
        assertTrue(e.getMessage().contains(ImpostorParser.class.getName()), e.getMessage());
    }

    @Test
    void idsMustBePlain() {
        assertThrows(IllegalArgumentException.class, () -> new ParserInfo("Bad Id", "x", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ParserInfo("-x", "x", List.of(), List.of()));
        assertEquals("macos-netstat", new ParserInfo("macos-netstat", "x", List.of(), List.of()).id());
    }
}
