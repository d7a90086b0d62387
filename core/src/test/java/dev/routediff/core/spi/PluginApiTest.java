package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.testkit.PluginJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API-version handshake with plugin jars, and the stability marker on every public type. */
class PluginApiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0 | 1.0 | ",
        "1.0 | 1.3 | ",
        "1.2 | 1.3 | ",
        "1.4 | 1.3 | built for routediff plugin API 1.4, but this routediff provides 1.3: update routediff, or use a"
                + " release of the plugin built for API 1.x",
        "2.0 | 1.3 | built for routediff plugin API 2.0, but this routediff provides 1.3: update routediff, or use a"
                + " release of the plugin built for API 1.x",
        "1.0 | 2.1 | built for routediff plugin API 1.0, which this routediff (API 2.1) no longer provides: use a"
                + " release of the plugin built for API 2.x",
        "' 1.01 ' | 1.1 | ",
        "one | 1.0 | its manifest's Routediff-Plugin-Api is 'one', expected MAJOR.MINOR such as 1.0",
        "1 | 1.0 | its manifest's Routediff-Plugin-Api is '1', expected MAJOR.MINOR such as 1.0",
    })
    void aJarIsRefusedWhenItNeedsAnotherApi(String declared, String provided, String refusal) {
        assertEquals(Optional.ofNullable(refusal), PluginApi.refusal(declared, provided));
    }

    @Test
    void aJarBuiltForANewerApiIsReportedInOneLineAndSkipped(@TempDir Path dir) throws IOException {
        Path user = Files.createDirectories(dir.resolve("user"));
        PluginJars.build(user.resolve("future.jar"), "f.P", PluginLayersTest.parserSource("f", "P", "future-one", "",
                null), PluginJars.services(RouteTableParser.class, "f.P"), "3.0",
                Map.of(PluginApi.MANIFEST_ATTRIBUTE, "9.0"));
        PluginLayersTest.parserJar(user, "today.jar", "t", "today-one", "1.0");
        PluginRegistry r = PluginRegistry.load(PluginLayersTest.builtIns(dir), List.of(), List.of(user));
        assertEquals(List.of("builtin-one@built-in", "today-one@user"), PluginLayersTest.ids(r));
        assertEquals(1, r.problems().size(), r.problems().toString());
        String line = r.problems().get(0).message();
        assertEquals(user.resolve("future.jar").toAbsolutePath().normalize() + ": built for routediff plugin API 9.0,"
                + " but this routediff provides " + PluginApi.VERSION + ": update routediff, or use a release of the"
                + " plugin built for API " + PluginApi.VERSION.split("\\.")[0] + ".x", line);
        assertTrue(line.indexOf('\n') < 0);
    }

    @Test
    void theBuildDeclaresTheVersionCoreProvides() throws IOException {
        Path pom = Path.of(System.getProperty("routediff.root", "..")).resolve("pom.xml");
        Matcher m = Pattern.compile("<routediff\\.plugin\\.api>([^<]+)</routediff\\.plugin\\.api>")
                .matcher(Files.readString(pom));
        assertTrue(m.find(), "the root pom names the plugin API its jars declare");
        assertEquals(PluginApi.VERSION, m.group(1));
    }

    /** A plugin author can tell from every public type of core whether to rely on it. */
    @Test
    void everyPublicTypeOfCoreIsMarked() throws URISyntaxException {
        Path classes = Path.of(PluginApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unmarked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.contains("$") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, PluginApiTest.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && !c.isAnnotationPresent(Api.class)
                        && !c.getPackage().isAnnotationPresent(Api.class)) {
                    unmarked.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(), unmarked);
    }
}
