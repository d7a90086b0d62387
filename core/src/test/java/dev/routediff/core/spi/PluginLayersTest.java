package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.testkit.PluginJars;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three layers (built-in, bundled, user) with real jars compiled here, each loaded by its own class loader. */
class PluginLayersTest {

    /** A parser class named {@code pkg.Name} with this id, detecting lines that start with the id. */
    static String parserSource(String pkg, String name, String id, String constructorBody, String infoBody) {
        return "package " + pkg + ";\n"
                + "import dev.routediff.core.model.RouteTable;\n"
                + "import dev.routediff.core.spi.*;\n"
                + "import java.io.Reader;\n"
                + "import java.util.List;\n"
                + "public class " + name + " implements RouteTableParser {\n"
                + "  public " + name + "() { " + constructorBody + " }\n"
                + "  public ParserInfo info() { " + (infoBody != null ? infoBody
                : "return new ParserInfo(\"" + id + "\", \"test\", List.of(\"test\"), List.of(\"cat\"));") + " }\n"
                + "  public int detect(String s) { return s.startsWith(\"" + id + "\") ? 90 : 0; }\n"
                + "  public RouteTable parse(Reader r, String source) { return new RouteTable(source, \"" + id
                + "\", List.of()); }\n"
                + "}\n";
    }

    static Path parserJar(Path dir, String jarName, String pkg, String id, String version) {
        return PluginJars.build(dir.resolve(jarName), pkg + ".P", parserSource(pkg, "P", id, "", null),
                PluginJars.services(RouteTableParser.class, pkg + ".P"), version);
    }

    /** A class loader standing for routediff.jar with one built-in parser, {@code builtin-one}. */
    static ClassLoader builtIns(Path dir) throws IOException {
        Path jar = parserJar(Files.createDirectories(dir.resolve("app")), "app.jar", "app", "builtin-one", "1.0");
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, PluginLayersTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
            }
        };
    }

    static List<String> ids(PluginRegistry r) {
        return r.parsers().stream().map(p -> p.id() + "@" + p.origin().label()).collect(Collectors.toList());
    }

    @Test
    void eachLayerIsFoundWithItsOriginVersionAndJar(@TempDir Path dir) throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("bundled"));
        Path user = Files.createDirectories(dir.resolve("user"));
        Path b = parserJar(bundled, "b.jar", "b", "bundled-one", "2.0");
        Path u = parserJar(user, "u.jar", "u", "user-one", null);
        PluginRegistry r = PluginRegistry.load(builtIns(dir), List.of(bundled), List.of(user));
        assertEquals(List.of("builtin-one@built-in", "bundled-one@bundled", "user-one@user"), ids(r));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), r.shadows());
        Plugin<RouteTableParser> bp = r.parser("bundled-one").orElseThrow();
        assertEquals("2.0", bp.version());
        assertEquals(b.toAbsolutePath().normalize().toString(), bp.source());
        Plugin<RouteTableParser> up = r.parser("user-one").orElseThrow();
        assertEquals("unknown", up.version());
        assertEquals(u.toAbsolutePath().normalize().toString(), up.source());
        assertEquals(90, up.provider().detect("user-one table"));
    }

    @Test
    void everyJarHasItsOwnLoaderWhoseParentIsTheApplications(@TempDir Path dir) throws IOException {
        // Two jars with a class of the same name: with one shared loader the second would be the first.
        parserJar(dir, "a.jar", "same", "first-id", "1");
        Path other = Files.createDirectories(dir.resolve("other"));
        parserJar(other, "b.jar", "same", "second-id", "1");
        ClassLoader app = PluginLayersTest.class.getClassLoader();
        PluginRegistry r = PluginRegistry.load(app, List.of(), List.of(dir, other));
        RouteTableParser first = r.parser("first-id").orElseThrow().provider();
        RouteTableParser second = r.parser("second-id").orElseThrow().provider();
        assertEquals(first.getClass().getName(), second.getClass().getName());
        assertNotSame(first.getClass().getClassLoader(), second.getClass().getClassLoader());
        assertEquals(app, first.getClass().getClassLoader().getParent());
        assertTrue(first instanceof RouteTableParser, "the SPI type is shared with the application");
    }

    @Test
    void aUserPluginShadowsABuiltInAndABundledOneAndSaysSo(@TempDir Path dir) throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("bundled"));
        Path user = Files.createDirectories(dir.resolve("user"));
        parserJar(bundled, "b.jar", "b", "bundled-one", "2.0");
        Path u1 = parserJar(user, "u1.jar", "u1", "builtin-one", "9.0");
        Path u2 = parserJar(user, "u2.jar", "u2", "bundled-one", "9.1");
        PluginRegistry r = PluginRegistry.load(builtIns(dir), List.of(bundled), List.of(user));
        assertEquals(List.of("builtin-one@user", "bundled-one@user"), ids(r));
        assertEquals("9.0", r.parser("builtin-one").orElseThrow().version());
        assertEquals(2, r.shadows().size());
        String first = r.shadows().get(0).message();
        assertEquals("the RouteTableParser 'builtin-one' from " + u1.toAbsolutePath().normalize() + " (user) is used"
                + " instead of the built-in one from " + dir.resolve("app/app.jar"), first);
        assertTrue(r.shadows().get(1).message().contains(u2.getFileName() + " (user) is used instead of the bundled one from "),
                r.shadows().get(1).message());
        assertFalse(first.contains("\n"));
    }

    @Test
    void twoUserPluginsWithOneIdAreAnErrorNamingBothJars(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Path a = parserJar(one, "a.jar", "a", "same-id", "1");
        Path b = parserJar(two, "b.jar", "b", "same-id", "1");
        PluginConflictException e = assertThrows(PluginConflictException.class,
                () -> PluginRegistry.load(getClass().getClassLoader(), List.of(), List.of(one, two)));
        assertEquals("two RouteTableParser plugins have the id 'same-id': a.P from " + a.toAbsolutePath().normalize()
                + " and b.P from " + b.toAbsolutePath().normalize() + "; remove one of them", e.getMessage());
    }

    @Test
    void aBundledPluginCannotTakeABuiltInId(@TempDir Path dir) throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("bundled"));
        parserJar(bundled, "b.jar", "b", "builtin-one", "1");
        ClassLoader app = builtIns(dir);
        PluginConflictException e = assertThrows(PluginConflictException.class,
                () -> PluginRegistry.load(app, List.of(bundled), List.of()));
        assertTrue(e.getMessage().startsWith("two RouteTableParser plugins have the id 'builtin-one': "), e.getMessage());
    }

    @Test
    void brokenJarsAreReportedOneLineEachAndSkipped(@TempDir Path dir) throws IOException {
        parserJar(dir, "a-good.jar", "good", "good-one", "1");
        PluginJars.corrupt(dir.resolve("b-not-a-zip.jar"));
        PluginJars.build(dir.resolve("c-missing-class.jar"), "m.P", parserSource("m", "P", "missing-one", "", null),
                PluginJars.services(RouteTableParser.class, "m.DoesNotExist"), "1");
        PluginJars.build(dir.resolve("d-throws.jar"), "t.P",
                parserSource("t", "P", "throws-one", "if (true) throw new IllegalStateException(\"cannot start\");", null),
                PluginJars.services(RouteTableParser.class, "t.P"), "1");
        PluginJars.build(dir.resolve("e-bad-info.jar"), "i.P",
                parserSource("i", "P", "bad-info", "", "return new ParserInfo(\"Bad Id\", \"x\", List.of(), List.of());"),
                PluginJars.services(RouteTableParser.class, "i.P"), "1");
        PluginJars.build(dir.resolve("f-no-services.jar"), "n.P", parserSource("n", "P", "no-services", "", null),
                Map.of(), "1");
        PluginJars.build(dir.resolve("g-app-class.jar"), "g.P", parserSource("g", "P", "app-class", "", null),
                PluginJars.services(RouteTableParser.class, PluginRegistryTest.GoodParser.class.getName()), "1");
        Files.writeString(dir.resolve("notes.txt"), "not a jar, not looked at\n");
        PluginRegistry r = PluginRegistry.load(getClass().getClassLoader(), List.of(), List.of(dir));
        assertEquals(List.of("good-one@user"), ids(r));
        List<String> lines = r.problems().stream().map(PluginProblem::line).collect(Collectors.toList());
        assertEquals(6, lines.size(), lines.toString());
        lines.forEach(l -> assertFalse(l.contains("\n"), l));
        assertTrue(lines.get(0).startsWith("a plugin jar was skipped: " + dir.resolve("b-not-a-zip.jar") + ": not a readable jar"), lines.get(0));
        // Unusable jars are found while the folders are read, before any provider is loaded.
        assertTrue(lines.get(1).contains("f-no-services.jar: declares no plugin"), lines.get(1));
        assertTrue(lines.get(2).contains("c-missing-class.jar: ") && lines.get(2).contains("m.DoesNotExist"), lines.get(2));
        assertTrue(lines.get(3).contains("d-throws.jar: ") && lines.get(3).contains("cannot start"), lines.get(3));
        assertTrue(lines.get(4).contains("e-bad-info.jar: i.P skipped: its info() failed: plugin id 'Bad Id'"), lines.get(4));
        assertTrue(lines.get(5).contains("g-app-class.jar: ") && lines.get(5).contains("the class is not in this jar"), lines.get(5));
    }

    @Test
    void aMissingFolderIsAProblemNotAFailure(@TempDir Path dir) {
        PluginRegistry r = PluginRegistry.load(getClass().getClassLoader(), List.of(), List.of(dir.resolve("nope")));
        assertEquals(List.of("a plugin jar was skipped: plugin folder " + dir.resolve("nope") + " does not exist"),
                r.problems().stream().map(PluginProblem::line).collect(Collectors.toList()));
    }

    @Test
    void ruleSetJarsAreLayeredToo(@TempDir Path dir) {
        String src = "package r;\n"
                + "import dev.routediff.core.rules.*;\n"
                + "import dev.routediff.core.model.RouteTable;\n"
                + "import java.util.List;\n"
                + "public class R implements RuleSet {\n"
                + "  public RuleSetInfo info() { throw new UnsupportedOperationException(\"not written yet\"); }\n"
                + "  public Prediction predict(RuleSettings s, RouteTable b) { throw new UnsupportedOperationException(); }\n"
                + "  public Explanation explain(RouteTable b, RouteTable a, dev.routediff.core.diff.RouteDiff d, RuleSettings s) {"
                + " throw new UnsupportedOperationException(); }\n"
                + "}\n";
        PluginJars.build(dir.resolve("r.jar"), "r.R", src, PluginJars.services(RuleSet.class, "r.R"), "1");
        PluginRegistry r = PluginRegistry.load(getClass().getClassLoader(), List.of(), List.of(dir));
        assertEquals(List.of(), r.ruleSets());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).line().startsWith("a RuleSet plugin was skipped: " + dir.resolve("r.jar")
                + ": r.R skipped: its info() failed: not written yet"), r.problems().get(0).line());
    }

    /** Seeded shuffles of the jars' file names: the result is sorted by id whatever the folder order. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void theOrderIsByIdWhateverTheJarNames(long seed, @TempDir Path dir) {
        List<String> ids = new ArrayList<>(List.of("alpha", "bravo", "charlie", "delta", "echo"));
        List<String> names = new ArrayList<>(ids);
        Collections.shuffle(names, new Random(seed));
        for (int i = 0; i < ids.size(); i++) {
            parserJar(dir, names.get(i) + ".jar", "p" + i, ids.get(i), "1");
        }
        PluginRegistry r = PluginRegistry.load(getClass().getClassLoader(), List.of(), List.of(dir));
        assertEquals(ids, r.parsers().stream().map(Plugin::id).collect(Collectors.toList()));
    }
}
