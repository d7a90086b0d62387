package dev.routediff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/plugins.md steps 5 and 6 on a copy of the repository, as a plugin author would: the commands of the
 * "Build it" block are run as written (Maven is given a settings file of the test's own), the jar is copied where the
 * "Install it" block says, and {@code routediff plugins} must print the listing the document shows.
 *
 * <p>The Maven runs use a local repository under {@code @TempDir}, filled from the user's own local repository read
 * as a file mirror: the shared {@code ~/.m2} is never written, and no network is needed for what it already holds.
 */
class PluginWalkthroughTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/routediff.jar");
    private static final Path DOC = ROOT.resolve("docs/plugins.md");

    @Test
    void stepsFiveAndSixWorkAsWritten(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify' from the repository root");
        Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        assertTrue(Files.isDirectory(userRepository), "this test fills its Maven repository from " + userRepository
                + ", which is not there: run the build once with network access first");
        Path copy = copyOfTheRepository(tmp.resolve("routediff"));
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>the-users-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(tmp.resolve("m2"), userRepository.toUri()));

        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        Path dir = copy;
        for (String step : block(doc, "## 5. Build it", "```sh")) {
            String command = step.replaceAll("\\s+#.*$", "").strip();
            for (String part : command.split("&&")) {
                List<String> words = List.of(part.strip().split("\\s+"));
                switch (words.get(0)) {
                    case "cd" -> dir = dir.resolve(words.get(1));
                    case "ls" -> assertTrue(Files.isRegularFile(dir.resolve(words.get(1))),
                            "docs/plugins.md step 5: " + words.get(1) + " was not built");
                    case "mvn" -> {
                        List<String> argv = new ArrayList<>(words);
                        argv.addAll(List.of("-q", "-s", settings.toString()));
                        run(argv, dir, "docs/plugins.md step 5: " + part.strip());
                    }
                    default -> throw new AssertionError("docs/plugins.md step 5 has a command this test cannot follow: "
                            + part);
                }
            }
        }

        List<String> install = block(doc, "## 6. Install it", "```sh");
        assertEquals("mkdir -p plugins && cp examples/plugin-example/target/routediff-csv-routes-1.0.0.jar plugins/",
                install.get(0));
        Path plugins = Files.createDirectories(copy.resolve("plugins"));
        Files.copy(copy.resolve("examples/plugin-example/target/routediff-csv-routes-1.0.0.jar"),
                plugins.resolve("routediff-csv-routes-1.0.0.jar"));
        // ./routediff passes its plugins/ folder to the jar like this
        List<String> routediff = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Droutediff.user.plugins=" + plugins, "-jar", JAR.toString());

        assertEquals("./routediff plugins", install.get(1));
        List<String> listing = new ArrayList<>(routediff);
        listing.add("plugins");
        // compared row by row, blanks squeezed: a plugin added to the build changes the column widths of every row
        List<String> shown = rows(block(doc, "`routediff plugins` then shows where each plugin came from:", "```text"));
        assertEquals(shown, rows(run(listing, copy, "routediff plugins").lines().toList()),
                "docs/plugins.md step 6: the listing shown differs from the program's");

        String parse = install.get(2).replaceAll("\\s+#.*$", "");
        assertTrue(parse.startsWith("./routediff parse "), parse);
        List<String> argv = new ArrayList<>(routediff);
        argv.addAll(List.of(parse.substring("./routediff ".length()).split("\\s+")));
        argv.addAll(List.of("--format", "json"));
        String json = run(argv, copy, "docs/plugins.md step 6: " + parse);
        assertTrue(json.contains("\"parser\" : \"csv-routes\"") || json.contains("\"parser\": \"csv-routes\""), json);
    }

    /** The lines of the first {@code fence} block after the line {@code heading}. */
    static List<String> block(List<String> doc, String heading, String fence) {
        int at = doc.indexOf(heading);
        assertTrue(at >= 0, "docs/plugins.md has no line '" + heading + "'");
        int open = at + 1;
        while (!doc.get(open).strip().equals(fence)) {
            open++;
        }
        List<String> lines = new ArrayList<>();
        for (int i = open + 1; !doc.get(i).strip().equals("```"); i++) {
            lines.add(doc.get(i));
        }
        return lines;
    }

    /** The repository's files as a fresh checkout has them: no build output, no git folder, no installed plugins. */
    static Path copyOfTheRepository(Path to) throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path relative = ROOT.relativize(p);
                String r = relative.toString().replace(File.separatorChar, '/');
                if (r.equals(".git") || r.startsWith(".git/") || r.equals("plugins") || r.startsWith("plugins/")
                        || ("/" + r + "/").contains("/target/")) {
                    continue;
                }
                Path target = to.resolve(r);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static String run(List<String> argv, Path dir, String what) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir.getParent() == null ? dir : dir, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("COLUMNS");
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(what + ": still running after 10 minutes");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, p.exitValue(), what + " failed:\n" + out);
        return out;
    }

    private static List<String> rows(List<String> lines) {
        return lines.stream().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }
}
