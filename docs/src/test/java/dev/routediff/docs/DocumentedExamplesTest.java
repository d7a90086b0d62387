package dev.routediff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every command shown in README.md and docs/*.md against the jar the build just made and compares its output
 * with the output shown, so the documentation cannot drift from the program.
 *
 * <p>An example is a {@code console} code block: a line {@code $ ./routediff ARGS} followed by the expected output
 * (standard output, then standard error), up to the next {@code $} line or the end of the block. A command may end in
 * {@code ; echo $?}, which appends the exit status as the shell would, and may read standard input with
 * {@code < FILE}. Trailing blanks are not compared.
 */
class DocumentedExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/routediff.jar");

    record Example(Path file, int line, String command, String expected) {
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        int commandLine = 0;
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inConsole) {
                inConsole = l.trim().equals("```console");
                continue;
            }
            boolean end = l.trim().equals("```");
            if (command != null && (end || l.startsWith("$ "))) {
                out.add(new Example(doc, commandLine, command, expected.toString()));
                command = null;
            }
            if (end) {
                inConsole = false;
            } else if (l.startsWith("$ ")) {
                command = l.substring(2);
                commandLine = i + 1;
                expected.setLength(0);
            } else if (command != null) {
                expected.append(stripTrailing(l)).append('\n');
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandPrintsWhatTheDocumentationShows() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify' from the repository root");
        if (Boolean.getBoolean("routediff.golden.update")) {
            for (Path doc : documents()) {
                rewrite(doc);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            for (Example e : examples(doc)) {
                String name = ROOT.relativize(doc) + ":" + e.line() + " " + e.command();
                tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(e.expected(), run(e.command()),
                        ROOT.relativize(doc) + ":" + e.line() + ": the output shown differs from the program's")));
            }
        }
        return tests.stream();
    }

    /**
     * With {@code -Droutediff.golden.update=true}: replaces the output shown under every example with what the
     * program prints now. Review the result with {@code git diff} before committing it.
     */
    static void rewrite(Path doc) throws Exception {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        boolean inConsole = false;
        boolean skipping = false;
        for (String l : lines) {
            if (!inConsole) {
                out.add(l);
                inConsole = l.trim().equals("```console");
                continue;
            }
            boolean end = l.trim().equals("```");
            if (end || l.startsWith("$ ")) {
                skipping = false;
            }
            if (end) {
                inConsole = false;
                out.add(l);
            } else if (l.startsWith("$ ")) {
                out.add(l);
                String printed = run(l.substring(2));
                if (!printed.isEmpty()) {
                    out.addAll(printed.lines().collect(Collectors.toList()));
                }
                skipping = true;
            } else if (!skipping) {
                out.add(l);
            }
        }
        Files.writeString(doc, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theReadmeShowsTheDemo() throws IOException {
        List<Example> readme = examples(ROOT.resolve("README.md"));
        assertFalse(readme.isEmpty());
        assertTrue(readme.stream().anyMatch(e -> e.command().equals("./routediff demo")), "README shows ./routediff demo");
    }

    static String run(String commandLine) throws IOException, InterruptedException {
        String cmd = commandLine;
        boolean echoStatus = false;
        if (cmd.endsWith("; echo $?")) {
            echoStatus = true;
            cmd = cmd.substring(0, cmd.length() - "; echo $?".length()).trim();
        }
        List<String> words = split(cmd);
        String stdin = null;
        int lt = words.indexOf("<");
        if (lt >= 0) {
            stdin = words.get(lt + 1);
            words = new ArrayList<>(words.subList(0, lt));
        }
        if (words.isEmpty() || !words.get(0).equals("./routediff")) {
            throw new IllegalArgumentException("examples must start with ./routediff: " + commandLine);
        }
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        argv.addAll(words.subList(1, words.size()));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(ROOT.toFile());
        pb.environment().put("NO_COLOR", "1");
        // a width from the shell that runs the build would fit the tables to it: the documents show them whole
        pb.environment().remove("COLUMNS");
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : ProcessBuilder.Redirect.from(ROOT.resolve(stdin).toFile()));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + commandLine);
        }
        String text = new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        if (echoStatus) {
            text += p.exitValue() + "\n";
        }
        return text.lines().map(DocumentedExamplesTest::stripTrailing).collect(Collectors.joining("\n", "", "\n"))
                .replaceFirst("\\A\\n\\z", "");
    }

    private static String stripTrailing(String s) {
        return s.replaceFirst("\\s+$", "");
    }

    /** Splits like a shell: blanks separate words, single and double quotes group them. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
