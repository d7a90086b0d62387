package dev.routediff.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source checkout's {@code ./routediff}, on a copy of it in a skeleton checkout with a stand-in {@code mvn} on
 * the PATH (which "builds" by copying the real routediff.jar and logs a line): started through a chain of symlinks
 * from another folder, it builds in the checkout, says so and how long it took, logs under cli/target/, leaves
 * nothing in the current folder or beside the link, builds no second time, and again when a source changes.
 */
class SourceLauncherTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/routediff.jar");

    @Test
    void symlinkedOntoThePathItBuildsInTheCheckoutAndLogsUnderTarget(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the reactor builds cli before dist");
        Path checkout = tmp.resolve("src/route diff");
        Files.createDirectories(checkout.resolve("cli/src/main/java/x"));
        Files.createDirectories(checkout.resolve("examples"));
        Files.copy(ROOT.resolve("routediff"), checkout.resolve("routediff"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.writeString(checkout.resolve("cli/pom.xml"), "<project/>\n");
        Path source = checkout.resolve("cli/src/main/java/x/Main.java");
        Files.writeString(source, "class Main {}\n");
        Files.writeString(checkout.resolve("examples/table.txt"), "Routing tables\n");
        exec(tmp, "chmod", "+x", checkout.resolve("routediff").toString());

        Path tools = tmp.resolve("tools");
        Files.createDirectories(tools);
        Path mvn = tools.resolve("mvn");
        // the stand-in build: the real jar copied where the pom given with -f says, one line of log
        Files.writeString(mvn, "#!/bin/sh\nwhile [ $# -gt 0 ]; do [ \"$1\" = -f ] && pom=$2; shift; done\n"
                + "d=${pom%/*}\nmkdir -p \"$d/cli/target\" && cp '" + JAR + "' \"$d/cli/target/routediff.jar\"\n"
                + "echo 'stand-in build for SourceLauncherTest'\n");
        exec(tmp, "chmod", "+x", mvn.toString());
        for (String tool : new String[] {"sh", "bash", "env", "mkdir", "mv", "rm", "cp", "readlink", "find", "tail", "cat"}) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path links = tmp.resolve("home/bin");
        Files.createDirectories(links.resolve("nested"));
        Files.createSymbolicLink(links.resolve("routediff"), checkout.resolve("routediff"));
        Files.createSymbolicLink(links.resolve("nested/rd"), Path.of("../routediff")); // a relative link to a link
        Path cwd = tmp.resolve("somewhere else");
        Files.createDirectories(cwd);
        Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", tmp.resolve("home").toString(),
                "ROUTEDIFF_CDS", "0");

        Result first = run(cwd, env, links.resolve("nested/rd").toString(), "--version");
        assertEquals(0, first.code, first.err);
        assertTrue(first.out.startsWith("routediff 0.1.0"), first.out);
        Path log = checkout.resolve("cli/target/routediff-build.log");
        List<String> said = first.err.lines().toList();
        assertEquals(2, said.size(), first.err);
        assertEquals("routediff: building routediff.jar with Maven (first run in this checkout; about a minute, once;"
                + " log in " + log + ")", said.get(0));
        assertTrue(said.get(1).matches("routediff: built in \\d+ s; preparing the start-up archive"), said.get(1));
        assertEquals("stand-in build for SourceLauncherTest\n", Files.readString(log));
        try (Stream<Path> s = Files.list(cwd)) {
            assertEquals(0, s.count(), "nothing in the current folder");
        }
        try (Stream<Path> s = Files.list(links)) {
            assertEquals(2, s.count(), "nothing beside the link");
        }
        assertFalse(Files.exists(checkout.resolve(".routediff-build.log")));

        Result second = run(cwd, env, links.resolve("routediff").toString(), "--version");
        assertEquals(0, second.code, second.err);
        assertEquals("", second.err, "no build when nothing changed");

        // a source edited in place (the folder's time unchanged) is newer than the jar: built again
        Files.writeString(source, "class Main { }\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Result third = run(cwd, env, links.resolve("routediff").toString(), "--version");
        assertEquals(0, third.code, third.err);
        assertTrue(third.err.startsWith("routediff: building routediff.jar with Maven (sources changed since the last build;"),
                third.err);

        // a file added to a watched folder changes the folder's time: built again
        Files.setLastModifiedTime(checkout.resolve("cli/target/routediff.jar"),
                FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis()));
        Result quiet = run(cwd, env, links.resolve("routediff").toString(), "--version");
        assertEquals("", quiet.err);
        Path added = checkout.resolve("examples/new-table.txt");
        Files.writeString(added, "Routing tables\n");
        Files.setLastModifiedTime(added.getParent(), FileTime.fromMillis(System.currentTimeMillis() + 20_000));
        Result fourth = run(cwd, env, links.resolve("routediff").toString(), "--version");
        assertTrue(fourth.err.startsWith("routediff: building"), fourth.err);

        // without Maven, the build it needs is named
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Files.delete(mvn);
        Result noMaven = run(cwd, env, links.resolve("routediff").toString(), "--version");
        assertEquals(2, noMaven.code);
        assertTrue(noMaven.err.startsWith("routediff: needs Maven 3.8 or newer (mvn) on the PATH"), noMaven.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, String... argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // beside the working folder, in the test's @TempDir: a run that fails before the deletes leaves nothing in /tmp
        Path out = Files.createTempFile(dir.getParent(), "rd-out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "rd-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static void exec(Path dir, String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", argv));
    }

    private static Path which(String tool) {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("this test needs " + tool + " in /usr/bin or /bin");
    }
}
