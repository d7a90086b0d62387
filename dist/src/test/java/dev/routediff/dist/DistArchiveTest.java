package dev.routediff.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a user gets them: unpacked into an empty folder and run with a PATH that holds java and
 * the POSIX basics but no Maven, once writable and once read-only; the zip holding the same files; the Windows
 * launcher's structure (it cannot run here).
 */
class DistArchiveTest {

    private static final String BASE = System.getProperty("routediff.dist.archive", "target/routediff-0.1.0");
    private static final Path TAR = Path.of(BASE + ".tar.gz").toAbsolutePath();
    private static final Path ZIP = Path.of(BASE + ".zip").toAbsolutePath();
    private static final String TOP = Path.of(BASE).getFileName().toString();
    /** What the sh launcher may run besides java (readlink only through a symlink; sed the first time per Java). */
    private static final List<String> POSIX_BASICS = List.of("sh", "mkdir", "mv", "rm", "readlink", "sed", "cat",
            "ls", "tar", "gzip");

    @BeforeAll
    static void archivesExist() {
        assertTrue(Files.isRegularFile(TAR), TAR + " is missing: the assembly runs before the tests (mvn -pl dist -am verify)");
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing");
    }

    @Test
    void unpackedItRunsWithoutMavenAndWritesOnlyToTheUserCache(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        Path bin = toolsWithoutMaven(tmp);
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString(),
                "XDG_CACHE_HOME", cache.toString());
        Map<String, FileTime> before = snapshot(install);

        Result demo = run(install, env, "demo");
        assertEquals(0, demo.code, demo.err);
        assertTrue(demo.out.startsWith("Field report, experiment 1:"), demo.out);
        assertTrue(demo.out.contains("11 changes, all explained"), demo.out);
        assertEquals("", demo.err);

        Path example = tmp.resolve("before.txt");
        Files.writeString(example, MAC_TABLE);
        Result parse = run(install, env, "parse", example.toString(), "--format", "json");
        assertEquals(0, parse.code, parse.err);
        assertTrue(parse.out.startsWith("{\n  \"parser\": \"macos-netstat\",\n"), parse.out);
        assertTrue(parse.out.contains("\"destination\": \"10.243.0.0/27\""), parse.out);

        // the bundled plugins of plugins/ are found from lib/routediff.jar, as bundled
        Result plugins = run(install, env, "plugins", "--format", "json");
        assertEquals(0, plugins.code, plugins.err);
        assertTrue(plugins.out.contains("\"source\": \"" + install.resolve("plugins/routediff-parser-linux-0.1.0.jar")
                + "\",\n      \"origin\": \"bundled\""), plugins.out);

        assertEquals(before, snapshot(install), "nothing is written inside the install folder");
        try (Stream<Path> s = Files.list(cache.resolve("routediff"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.matches("routediff-.*\\.(jsa|aot)")),
                    "the class-data archive is in the user's cache folder: " + names);
            // and beside it the index of the jar's service files, so that a run need not open the jar for them
            assertTrue(names.stream().anyMatch(n -> n.matches("routediff-.*\\.(jsa|aot)\\.services")), names.toString());
        }
    }

    /** README, "Memory": the heap variable the out-of-memory line names is one the launcher passes to Java. */
    @Test
    void routediffJavaOptsReachesJavaAndOutOfMemoryIsOneLineAndExit2(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        Path bin = toolsWithoutMaven(tmp);
        Path big = tmp.resolve("big-ip-route.txt");
        try (java.io.Writer w = Files.newBufferedWriter(big)) {
            w.write("default via 192.168.1.1 dev eth0 proto dhcp metric 100\n");
            for (int i = 0; i < 400_000; i++) {
                w.write("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)
                        + " via 192.168.1.1 dev eth0 proto static metric 100\n");
            }
        }
        Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString(),
                "XDG_CACHE_HOME", tmp.resolve("cache").toString(), "ROUTEDIFF_JAVA_OPTS", "-Xmx16m -Dunused=1");
        Result r = run(install, env, "diff", big.toString(), big.toString());
        assertEquals(2, r.code, r.err);
        assertEquals("", r.out);
        List<String> lines = r.err.lines().toList();
        assertEquals(1, lines.size(), r.err);
        assertTrue(lines.get(0).matches("routediff: out of memory reading \\Q" + big + "\\E \\(Java's heap is at most 1\\d "
                + "MiB\\); give Java more heap with the environment variable ROUTEDIFF_JAVA_OPTS, e\\.g\\. "
                + "ROUTEDIFF_JAVA_OPTS=-Xmx4g"), lines.get(0));
    }

    @Test
    void readOnlyInstallWithAFreshCache(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        Path bin = toolsWithoutMaven(tmp);
        // run as root, the permissions below do not stop a write; the snapshot comparison still catches one
        exec(tmp, List.of("chmod", "-R", "a-w", install.toString()));
        try {
            Map<String, FileTime> before = snapshot(install);
            for (String cacheName : new String[] {"cache", "cache"}) { // the second run maps the archive the first wrote
                Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString(),
                        "XDG_CACHE_HOME", tmp.resolve(cacheName).toString());
                Result demo = run(install, env, "demo");
                assertEquals(0, demo.code, demo.err);
                assertTrue(demo.out.contains("11 changes, all explained"), demo.out);
                Result parse = run(install, env, "parse", "-", "--format", "json");
                assertEquals(2, parse.code, "an empty standard input is bad input: " + parse.err);
            }
            // and with a cache folder that cannot be made at all: no archive, same output
            Map<String, String> env = Map.of("PATH", bin.toString(), "XDG_CACHE_HOME", "/proc/routediff-no-cache");
            Result demo = run(install, env, "demo");
            assertEquals(0, demo.code, demo.err);
            assertEquals("", demo.err);
            assertEquals(before, snapshot(install));
        } finally {
            exec(tmp, List.of("chmod", "-R", "u+w", install.toString())); // so that @TempDir can delete it
        }
    }

    @Test
    void withoutAJavaItSaysWhatItNeeds(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        Path bin = tmp.resolve("nojava");
        Files.createDirectories(bin);
        for (String tool : POSIX_BASICS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Result r = run(install, Map.of("PATH", bin.toString(), "XDG_CACHE_HOME", tmp.resolve("c").toString(),
                "JAVA_HOME", tmp.resolve("no-such-jdk").toString()), "demo");
        assertEquals(2, r.code);
        assertEquals("", r.out);
        assertTrue(r.err.startsWith("routediff: needs Java 17 or newer"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);

        // a ROUTEDIFF_JAVA that is not Java 17+ is passed over for the next that is, and named when none is
        Path fake = tmp.resolve("old-java");
        Files.writeString(fake, "#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\necho '    java.version = 11.0.2' >&2\n");
        exec(tmp, List.of("chmod", "+x", fake.toString()));
        r = run(install, Map.of("PATH", bin.toString(), "XDG_CACHE_HOME", tmp.resolve("c").toString(),
                "ROUTEDIFF_JAVA", fake.toString()), "demo");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("found only " + fake + " (11.0.2)"), r.err);
        r = run(install, Map.of("PATH", toolsWithoutMaven(tmp).toString(), "XDG_CACHE_HOME",
                tmp.resolve("c").toString(), "ROUTEDIFF_JAVA", fake.toString()), "--version");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("routediff 0.1.0"), r.out);
    }

    @Test
    void startedThroughASymlinkOnThePath(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        Path bin = toolsWithoutMaven(tmp);
        Files.createSymbolicLink(bin.resolve("routediff"), install.resolve("bin/routediff"));
        Result r = runCommand(tmp, Map.of("PATH", bin.toString(), "XDG_CACHE_HOME", tmp.resolve("c").toString()),
                List.of(bin.resolve("sh").toString(), "-c", "routediff --version")); // found on the PATH given
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("routediff 0.1.0"), r.out);
    }

    @Test
    void theZipHoldsWhatTheTarHolds(@TempDir Path tmp) throws Exception {
        Path install = unpack(tmp);
        TreeSet<String> fromTar = new TreeSet<>();
        try (Stream<Path> s = Files.walk(install)) {
            s.filter(Files::isRegularFile).forEach(p -> fromTar.add(TOP + "/" + install.relativize(p)));
        }
        TreeSet<String> fromZip = new TreeSet<>();
        try (ZipFile z = new ZipFile(ZIP.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> fromZip.add(e.getName()));
            ZipEntry cmd = z.getEntry(TOP + "/bin/routediff.cmd");
            String text = new String(z.getInputStream(cmd).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends for cmd.exe");
        }
        assertEquals(fromTar, fromZip);
        for (String f : new String[] {"bin/routediff", "bin/routediff.cmd", "lib/routediff.jar", "README.md",
            "docs/install.md", "licences/THIRD-PARTY.txt", "licences/jackson-core/META-INF/LICENSE",
            "licences/commons-net/META-INF/NOTICE.txt", "plugins/routediff-parser-windows-0.1.0.jar",
            "plugins/routediff-parser-osquery-0.1.0.jar",
            "man/man1/routediff.1"}) {
            assertTrue(fromTar.contains(TOP + "/" + f), f + " is in the archive: " + fromTar);
        }
        String man = Files.readString(install.resolve("man/man1/routediff.1"));
        assertTrue(man.startsWith(".\\\" Made by 'routediff help --man'") && man.contains(".SH \"ROUTEDIFF CHECK\""),
                "the manual page made at build time, with every command: " + man.substring(0, Math.min(200,
                        man.length())));
        assertTrue(Files.isExecutable(install.resolve("bin/routediff")));
        assertFalse(fromTar.stream().anyMatch(f -> f.contains("routediff-core")), "core is inside routediff.jar only");
    }

    /** bin/routediff.cmd cannot run here: its structure, line by line, is what can be checked. */
    @Test
    void theWindowsLauncherLooksForJavaInOrderQuotesPathsAndPassesEveryArgument() throws IOException {
        String cmd;
        try (ZipFile z = new ZipFile(ZIP.toFile())) {
            cmd = new String(z.getInputStream(z.getEntry(TOP + "/bin/routediff.cmd")).readAllBytes(),
                    StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        List<String> lines = cmd.lines().map(String::strip).toList();
        assertEquals("@echo off", lines.get(0));
        assertTrue(lines.contains("setlocal EnableExtensions DisableDelayedExpansion"), "no ! expansion of arguments");

        int routediffJava = index(lines, "if defined ROUTEDIFF_JAVA call :fits \"%ROUTEDIFF_JAVA%\"");
        int javaHome = index(lines, "if not defined RD_JAVA if defined JAVA_HOME call :fits \"%JAVA_HOME%\\bin\\java.exe\"");
        int path = index(lines, "if not defined RD_JAVA for %%J in (java.exe) do if not \"%%~$PATH:J\"==\"\" call :fits \"%%~$PATH:J\"");
        assertTrue(routediffJava < javaHome && javaHome < path, "ROUTEDIFF_JAVA, then JAVA_HOME, then PATH");
        int none = index(lines, "echo routediff: needs Java 17 or newer, set ROUTEDIFF_JAVA or JAVA_HOME to one, or put its bin folder on the PATH%RD_TRIED% 1>&2");
        assertTrue(none > path && lines.get(none + 1).equals("exit /b 2"), "one line on stderr, exit status 2");
        assertTrue(lines.contains("if %RD_MAJOR% LSS 17 goto :fits_no"), "Java 17 or newer");

        // the one line that runs routediff: every path quoted (spaces), %* last and unquoted (each argument as given)
        List<String> runs = lines.stream().filter(l -> l.startsWith("\"%RD_JAVA%\"") && l.contains("cli.Main")).toList();
        assertEquals(List.of("\"%RD_JAVA%\" %RD_ARCHIVE_ARG% %RD_FLAGS% %ROUTEDIFF_JAVA_OPTS% -cp \"%RD_JAR%\" dev.routediff.cli.Main %*"),
                runs, "ROUTEDIFF_JAVA_OPTS unquoted, so that it may hold several options");
        assertEquals("exit /b %ERRORLEVEL%", lines.get(lines.indexOf(runs.get(0)) + 1), "routediff's exit status");
        assertTrue(lines.contains("set RD_ARCHIVE_ARG=\"%RD_USE%=%RD_ARCHIVE%\" \"-Droutediff.services.index=%RD_ARCHIVE%.services\""),
                "the archive path quoted");
        assertTrue(lines.contains("set \"RD_HOME=%~dp0..\""), "the install folder from the script's own path");

        // every %VAR% that holds a path is inside quotes wherever it is used
        for (String l : lines) {
            if (l.startsWith("rem ")) {
                continue;
            }
            for (String var : new String[] {"%RD_JAR%", "%RD_HOME%", "%RD_CACHE%", "%RD_ARCHIVE%", "%RD_JAVA%",
                "%JAVA_HOME%", "%ROUTEDIFF_JAVA%", "%LOCALAPPDATA%", "%TEMP%"}) {
                for (int at = l.indexOf(var); at >= 0; at = l.indexOf(var, at + 1)) {
                    assertTrue(quoted(l, at), var + " unquoted in: " + l);
                }
            }
        }
        // the cache in %LOCALAPPDATA%, never under the install folder
        assertTrue(lines.contains("if defined LOCALAPPDATA set \"RD_CACHE=%LOCALAPPDATA%\\routediff\""));
        assertFalse(cmd.contains("RD_CACHE=%RD_HOME%"));
        // no block ( ... ) around %*: a ")" in an argument would end it
        assertTrue(lines.stream().noneMatch(l -> !l.startsWith("rem ") && l.contains("%*") && l.contains("(")));
    }

    private static int index(List<String> lines, String line) {
        int i = lines.indexOf(line);
        assertTrue(i >= 0, "routediff.cmd has the line: " + line);
        return i;
    }

    /** Whether position {@code at} of a cmd line is inside double quotes. */
    private static boolean quoted(String line, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static Path unpack(Path tmp) throws Exception {
        Path into = tmp.resolve("unpacked with spaces");
        Files.createDirectories(into);
        exec(tmp, List.of("tar", "-xzf", TAR.toString(), "-C", into.toString()));
        Path install = into.resolve(TOP);
        assertTrue(Files.isDirectory(install), "the archive unpacks into " + TOP + "/");
        return install;
    }

    /** A PATH folder holding java (the Java running this test) and the POSIX basics, and no mvn. */
    private static Path toolsWithoutMaven(Path tmp) throws IOException {
        Path bin = tmp.resolve("tools");
        if (Files.isDirectory(bin)) {
            return bin;
        }
        Files.createDirectories(bin);
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : POSIX_BASICS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        assertFalse(Files.exists(bin.resolve("mvn")));
        return bin;
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

    private static Map<String, FileTime> snapshot(Path install) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(install)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                files.put(install.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path install, Map<String, String> env, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(install.resolve("bin/routediff").toString()));
        argv.addAll(List.of(args));
        return runCommand(install.getParent(), env, argv);
    }

    private static Result runCommand(Path dir, Map<String, String> env, List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "routediff finished: " + argv);
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static void exec(Path dir, List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", argv));
    }

    /** A macOS table shaped like examples/clientvpn-split-after.txt (the field report), shortened. */
    private static final String MAC_TABLE = """
            Routing tables

            Internet:
            Destination        Gateway            Flags        Netif Expire
            default            192.168.0.1        UGScg          en0
            10.243/27          10.243.0.7         UGSc         utun3
            10.243.0.7         10.243.0.7         UH           utun3
            127                127.0.0.1          UCS            lo0
            127.0.0.1          127.0.0.1          UH             lo0
            192.168.0          link#6             UCS            en0      !
            192.168.0.1/32     link#6             UCS            en0      !
            """;
}
