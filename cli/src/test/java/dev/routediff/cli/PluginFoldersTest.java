package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.PluginJars;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars built outside the main build and loaded from folders: the worked example of docs/plugins.md
 * (examples/plugin-example), compiled here from its exact sources with the JDK's compiler and jarred with its own
 * service file, then run through the CLI with --plugin-path, ROUTEDIFF_PLUGIN_PATH and a bundled folder.
 */
class PluginFoldersTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path EXAMPLE = ROOT.resolve("examples/plugin-example");
    private static final Path SAMPLE = EXAMPLE.resolve("src/test/resources/samples/office-routes.csv");
    private static final Path GOLDEN = EXAMPLE.resolve("src/test/resources/golden/office-routes.csv.json");
    private static final String JAR_NAME = "routediff-csv-routes-1.0.0.jar";

    @TempDir
    static Path work;

    /** The example plugin, as its own Maven build would make it. */
    static Path exampleJar;

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().collect(Collectors.toList());
        }
    }

    static Result run(Map<String, String> env, PluginFolders folders, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                env, false, folders);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), PluginFolders.NONE, args);
    }

    static List<Path> exampleSources() throws IOException {
        try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    static Map<String, String> exampleServices() throws IOException {
        String name = "META-INF/services/" + RouteTableParser.class.getName();
        return Map.of(name, Files.readString(EXAMPLE.resolve("src/main/resources").resolve(name)));
    }

    /** The example jar copied into a fresh folder, with whatever else a test puts there. */
    static Path folderWithExample(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.copy(exampleJar, dir.resolve(JAR_NAME));
        return dir;
    }

    @BeforeAll
    static void buildTheExample() throws IOException {
        Path build = Files.createDirectories(work.resolve("build"));
        exampleJar = PluginJars.build(build.resolve(JAR_NAME), exampleSources(), exampleServices(), "1.0.0", List.of());
    }

    @Test
    void pluginsListsItWithItsOriginAndJar() throws IOException {
        Path dir = folderWithExample("list");
        Result r = run("plugins", "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String line = r.out().lines().filter(l -> l.startsWith("csv-routes")).findFirst().orElseThrow();
        assertTrue(line.matches("csv-routes +1\\.0\\.0 +any \\(spreadsheet export\\) +netstat -rn, saved as CSV +user +"
                + JAR_NAME.replace(".", "\\.")), line);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("macos-netstat .* built-in +\\S+")), r.out());

        JsonNode n = new ObjectMapper().readTree(run("plugins", "--format", "json", "--plugin-path", dir.toString()).out());
        JsonNode csv = n.get("parsers").get(0);
        assertEquals("csv-routes", csv.get("id").asText());
        assertEquals("user", csv.get("origin").asText());
        assertEquals(dir.resolve(JAR_NAME).toAbsolutePath().normalize().toString(), csv.get("source").asText());
        assertEquals("built-in", n.get("parsers").get(1).get("origin").asText());
        assertEquals(0, n.get("shadowed").size());
    }

    @Test
    void parseDetectsTheSampleAndPrintsItsTable() throws IOException {
        Path dir = folderWithExample("parse");
        Result r = run("parse", SAMPLE.toString(), "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(
                "inet: 4 routes",
                "Destination      Printed          Gateway       Flags  Netif  Expire  Line",
                "0.0.0.0/0        default          192.168.10.1         en0            3",
                "10.20.0.0/16     10.20.0.0/16     10.243.0.1           utun3          4",
                "10.243.0.7/32    10.243.0.7       10.243.0.7           utun3          5",
                "192.168.10.0/24  192.168.10.0/24  en0                  en0            6",
                "",
                "inet6: 1 route",
                "Destination   Printed       Gateway      Flags  Netif  Expire  Line",
                "fd00:10::/64  fd00:10::/64  fe80::1%en0         en0            7"),
                r.out().lines().map(String::stripTrailing).collect(Collectors.toList()));
    }

    @Test
    void theExamplesGoldenFileIsWhatThePluginParses() throws IOException {
        // The example's own test (ParserContract) compares with this file; keep it true without building the example.
        RouteTableParser parser = dev.routediff.core.spi.PluginRegistry.load(getClass().getClassLoader(), List.of(),
                List.of(folderWithExample("golden"))).parser("csv-routes").orElseThrow().provider();
        RouteTable t = parser.parse(new StringReader(Files.readString(SAMPLE, StandardCharsets.UTF_8)),
                SAMPLE.getFileName().toString());
        dev.routediff.core.testkit.GoldenJson.assertMatches(GOLDEN, t);
    }

    @Test
    void theExamplesOwnTestCompilesAgainstTheTestkit() throws IOException {
        // Its Maven build is not part of this one; compiling its test here catches a testkit change that breaks it.
        List<Path> sources = new ArrayList<>(exampleSources());
        try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/test/java"))) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
        Path jar = PluginJars.build(work.resolve("example-tests.jar"), sources, Map.of(), null, List.of());
        assertTrue(Files.size(jar) > 0);
    }

    @Test
    void aCorruptJarNextToItIsOneWarningAndTheRestWorks() throws IOException {
        Path dir = folderWithExample("corrupt");
        PluginJars.corrupt(dir.resolve("half-downloaded.jar"));
        Result r = run("parse", SAMPLE.toString(), "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("routediff: warning: a plugin jar was skipped: " + dir.resolve("half-downloaded.jar")
                + ": not a readable jar ("), r.err());
        assertTrue(r.out().startsWith("inet: 4 routes\n"), r.out());
    }

    @Test
    void aSecondJarWithTheSameIdIsExitTwoWithOneLineNamingBoth() throws IOException {
        Path dir = folderWithExample("twice");
        Path other = Files.createDirectories(work.resolve("twice-other"));
        Files.copy(exampleJar, other.resolve("csv-copy.jar"));
        for (String command : List.of("plugins", "parse")) {
            List<String> args = new ArrayList<>(command.equals("parse") ? List.of("parse", SAMPLE.toString()) : List.of("plugins"));
            args.addAll(List.of("--plugin-path", dir.toString(), "--plugin-path", other.toString()));
            Result r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), command);
            assertEquals("", r.out());
            assertEquals(List.of("routediff: two RouteTableParser plugins have the id 'csv-routes': "
                    + "com.example.routediff.csv.CsvRoutesParser from " + dir.resolve(JAR_NAME)
                    + " and com.example.routediff.csv.CsvRoutesParser from " + other.resolve("csv-copy.jar")
                    + "; remove one of them"), r.errLines());
        }
    }

    static final String IMPOSTOR = "package com.example.fix;\n"
            + "import com.example.routediff.csv.CsvRoutesParser;\n"
            + "import dev.routediff.core.model.RouteTable;\n"
            + "import dev.routediff.core.spi.*;\n"
            + "import java.io.*;\n"
            + "import java.util.List;\n"
            + "/** A user's own build of macos-netstat; here it reads the CSV, which makes it easy to see it is used. */\n"
            + "public class PatchedMacos implements RouteTableParser {\n"
            + "  private final CsvRoutesParser csv = new CsvRoutesParser();\n"
            + "  public ParserInfo info() { return new ParserInfo(\"macos-netstat\", \"patched\", List.of(\"macOS\"),"
            + " List.of(\"netstat -rn\")); }\n"
            + "  public int detect(String s) { return csv.detect(s); }\n"
            + "  public RouteTable parse(Reader r, String source) throws IOException {\n"
            + "    return new RouteTable(source, \"macos-netstat\", csv.parse(r, source).routes()); }\n"
            + "}\n";

    static Path impostorJar(Path dir) throws IOException {
        Path src = Files.createDirectories(work.resolve("impostor-src/com/example/fix")).resolve("PatchedMacos.java");
        Files.writeString(src, IMPOSTOR);
        List<Path> sources = new ArrayList<>(exampleSources());
        sources.add(src);
        return PluginJars.build(dir.resolve("macos-patched.jar"), sources,
                PluginJars.services(RouteTableParser.class, "com.example.fix.PatchedMacos"), "0.1.1-fix", List.of());
    }

    @Test
    void aUserPluginNamedMacosNetstatShadowsTheBuiltInWithANotice() throws IOException {
        Path dir = Files.createDirectories(work.resolve("shadow"));
        Path jar = impostorJar(dir);
        Result r = run("parse", SAMPLE.toString(), "--format", "json", "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("routediff: notice: the RouteTableParser 'macos-netstat' from " + jar
                + " (user) is used instead of the built-in one from "), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("macos-netstat", n.get("parser").asText());
        assertEquals(5, n.get("routes").size(), "the CSV's routes: the user's parser did the reading");

        Result list = run("plugins", "--format", "json", "--plugin-path", dir.toString());
        JsonNode p = new ObjectMapper().readTree(list.out());
        JsonNode macos = null;
        for (JsonNode parser : p.get("parsers")) {
            if (parser.get("id").asText().equals("macos-netstat")) {
                macos = parser;
            }
        }
        assertEquals("user", macos.get("origin").asText());
        assertEquals("0.1.1-fix", macos.get("version").asText());
        JsonNode shadowed = p.get("shadowed").get(0);
        assertEquals("macos-netstat", shadowed.get("id").asText());
        assertEquals("built-in", shadowed.get("origin").asText());
        assertEquals(jar.toString(), shadowed.get("by").asText());
    }

    @Test
    void theEnvironmentVariableIsAPathList() throws IOException {
        Path dir = folderWithExample("env");
        Path empty = Files.createDirectories(work.resolve("env-empty"));
        Result r = run(Map.of("ROUTEDIFF_PLUGIN_PATH", empty + File.pathSeparator + File.pathSeparator + dir),
                PluginFolders.NONE, "parse", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("inet: 4 routes\n"), r.out());
    }

    @Test
    void aMissingEnvironmentFolderIsAWarningButAMissingPluginPathIsBadUsage() {
        Path nowhere = work.resolve("nowhere");
        Result env = run(Map.of("ROUTEDIFF_PLUGIN_PATH", nowhere.toString()), PluginFolders.NONE, "plugins");
        assertEquals(0, env.code());
        assertEquals(List.of("routediff: warning: a plugin jar was skipped: plugin folder " + nowhere
                + " does not exist"), env.errLines());
        Result flag = run("plugins", "--plugin-path", nowhere.toString());
        assertEquals(2, flag.code());
        assertEquals(List.of("routediff: --plugin-path " + nowhere + ": no such folder"), flag.errLines());
        Result file = run("parse", SAMPLE.toString(), "--plugin-path", SAMPLE.toString());
        assertEquals(2, file.code());
        assertEquals(List.of("routediff: --plugin-path " + SAMPLE + ": not a folder"), file.errLines());
        assertEquals("", file.out());
    }

    @Test
    void pluginPathIsAcceptedBeforeTheCommandAndByEveryCommand() throws IOException {
        Path dir = folderWithExample("everywhere");
        Result before = run("--plugin-path", dir.toString(), "parse", SAMPLE.toString());
        assertEquals(0, before.code(), before.err());
        for (String command : List.of("demo", "parse", "diff", "predict", "explain", "plugins")) {
            Result help = run(command, "--help");
            assertTrue(help.out().contains("--plugin-path=DIR"), command + ": " + help.out());
        }
        Result diff = run("diff", SAMPLE.toString(), SAMPLE.toString(), "--plugin-path", dir.toString());
        assertEquals(0, diff.code(), diff.err());
    }

    @Test
    void aBundledPluginShowsAsBundledAndAUserOneMayShadowIt() throws IOException {
        Path bundled = folderWithExample("bundled");
        Result r = run(Map.of(), new PluginFolders(List.of(bundled), List.of()), "plugins");
        assertEquals("", r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("csv-routes .* bundled +" + JAR_NAME.replace(".", "\\."))), r.out());

        Path launcher = folderWithExample("launcher");
        Result shadowed = run(Map.of(), new PluginFolders(List.of(bundled), List.of(launcher)), "plugins");
        assertEquals(List.of("routediff: notice: the RouteTableParser 'csv-routes' from " + launcher.resolve(JAR_NAME)
                + " (user) is used instead of the bundled one from " + bundled.resolve(JAR_NAME)), shadowed.errLines());
        assertTrue(shadowed.out().lines().anyMatch(l -> l.matches("csv-routes .* user +" + JAR_NAME.replace(".", "\\."))),
                shadowed.out());
    }

    @Test
    void withoutPluginsNothingChanges() {
        Result r = run("plugins");
        assertEquals("", r.err());
        assertFalse(r.out().contains("csv-routes"));
    }

    /** The bundled folder is opened only when a run needs more than the built-ins: its problems show only then. */
    @Test
    void aBrokenBundledJarIsNotOpenedWhenABuiltInReadsTheInput() throws IOException {
        Path bundled = Files.createDirectories(work.resolve("bundled-broken"));
        PluginJars.corrupt(bundled.resolve("broken.jar"));
        PluginFolders folders = new PluginFolders(List.of(bundled), List.of());
        String warning = "routediff: warning: a plugin jar was skipped: " + bundled.resolve("broken.jar")
                + ": not a readable jar (";

        // a macOS table: the built-in parser claims it
        for (String[] args : List.of(new String[] {"parse", MACOS}, new String[] {"diff", MACOS, MACOS},
                new String[] {"parse", MACOS, "--parser", "macos-netstat"})) {
            Result r = run(Map.of(), folders, args);
            assertEquals("", r.err(), String.join(" ", args));
        }
        // what no built-in claims, an id no built-in has, the listing, and the commands that apply a rule set (they
        // offer the options of every installed rule set) open it, and say what is wrong with it
        for (String[] args : List.of(new String[] {"parse", SAMPLE.toString()}, new String[] {"plugins"},
                new String[] {"explain", MACOS, MACOS}, new String[] {"demo"},
                new String[] {"parse", MACOS, "--parser", "csv-routes"},
                new String[] {"predict", "--rules", "wireguard-nope"})) {
            Result r = run(Map.of(), folders, args);
            assertTrue(r.err().startsWith(warning), String.join(" ", args) + ": " + r.err());
        }
    }

    @Test
    void aBundledPluginIsFoundWhenNoBuiltInClaimsTheInputOrItIsNamed() throws IOException {
        Path bundled = folderWithExample("bundled-lazy");
        PluginFolders folders = new PluginFolders(List.of(bundled), List.of());
        Result detected = run(Map.of(), folders, "parse", SAMPLE.toString());
        assertEquals(0, detected.code(), detected.err());
        assertTrue(detected.out().startsWith("inet: 4 routes\n"), detected.out());
        Result named = run(Map.of(), folders, "parse", SAMPLE.toString(), "--parser", "csv-routes");
        assertEquals(0, named.code(), named.err());
        Result unknown = run(Map.of(), folders, "parse", SAMPLE.toString(), "--parser", "bsd-netstat");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("csv-routes"), unknown.err());
    }

    private static final String MACOS = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
}
