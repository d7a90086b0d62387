package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.routediff.cli.CliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The completion scripts, loaded into the real shells and asked what they complete; and the manual page. bash is on
 * every machine; zsh and fish are installed by .ci/run (Debian packages zsh and fish): without them the test fails
 * and says so, unless left out with {@code -Droutediff.shells.skip=true}.
 */
class CompletionTest {

    /** Completes the words; the last one is the word being typed. */
    private static String bash(Path dir, String... words) throws IOException, InterruptedException {
        Path script = script(dir, "bash");
        StringBuilder cmd = new StringBuilder("source '" + script + "'; COMP_WORDS=(");
        for (String w : words) {
            cmd.append('\'').append(w).append("' ");
        }
        cmd.append("); COMP_CWORD=").append(words.length - 1)
                .append("; COMPREPLY=(); _routediff; (( ${#COMPREPLY[@]} )) && printf '%s\\n' \"${COMPREPLY[@]}\"; true");
        return shell(List.of("bash", "--norc", "--noprofile", "-c", cmd.toString()));
    }

    private static Path script(Path dir, String shell) throws IOException {
        Result r = CliTest.run("completion", shell);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return Files.writeString(dir.resolve("routediff." + shell), r.out());
    }

    private static String shell(List<String> argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the shell did not finish: " + argv);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "routediff ex | explain",
        "routediff c | check capture completion",
        "routediff --format json pa | parse",
        "routediff parse --fo | --format",
        "routediff parse --format m | markdown",
        "routediff diff --parser macos | macos-netstat",
        "routediff explain --rules o | openvpn",
        "routediff predict --no-split | --no-split-tunnel",
        "routediff completion z | zsh",
        "routediff help pl | plugins",
        "routediff lookup --client | ''",
    })
    void bashCompletesCommandsOptionsAndTheirValues(String typed, String expected, @TempDir Path dir)
            throws IOException, InterruptedException {
        String[] words = typed.split(" ");
        if (typed.endsWith(" ")) {
            words = Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = "";
        }
        assertEquals(expected.isEmpty() ? "" : String.join("\n", expected.split(" ")) + "\n",
                bash(dir, words).replaceAll("(?m)^\\n", ""));
    }

    @Test
    void bashCompletesFileNamesWhereAFileGoes(@TempDir Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("before-home.txt"), "");
        String prefix = dir.resolve("before-h").toString();
        assertEquals(dir.resolve("before-home.txt") + "\n", bash(dir, "routediff", "diff", prefix));
        assertEquals(dir.resolve("before-home.txt") + "\n", bash(dir, "routediff", "lookup", "--before", prefix));
        assertEquals("", bash(dir, "routediff", "lookup", "--client-cidr", prefix),
                "a CIDR block is typed, not a file name");
    }

    /**
     * zsh runs the function through bashcompinit, whose {@code compgen} gives every candidate and leaves matching the
     * typed prefix to zsh's own completion: so the candidates are checked here, as zsh (with ksh arrays, as
     * bashcompinit calls it) gets them.
     */
    @Test
    void zshLoadsTheScriptThroughBashcompinit(@TempDir Path dir) throws IOException, InterruptedException {
        String zsh = need("zsh");
        Path script = script(dir, "zsh");
        String out = shell(List.of(zsh, "-f", "-c", "autoload -U compinit && compinit -u -d '" + dir.resolve("zcd")
                + "'; source '" + script + "'; setopt ksharrays; COMP_WORDS=(routediff ex); COMP_CWORD=1;"
                + " _routediff; print -r -- \"${COMPREPLY[*]}\"; COMP_WORDS=(routediff parse --format m);"
                + " COMP_CWORD=3; _routediff; print -r -- \"${COMPREPLY[*]}\""));
        String[] lines = out.split("\n");
        assertEquals(2, lines.length, out);
        assertEquals(String.join(" ", Arrays.stream(RouteDiffCommand.COMMANDS).map(c -> c[0]).toList()), lines[0]);
        assertEquals("table json markdown html", lines[1]);
    }

    @Test
    void fishCompletesWithItsOwnCompleteCommand(@TempDir Path dir) throws IOException, InterruptedException {
        String fish = need("fish");
        Path script = script(dir, "fish");
        String out = shell(List.of(fish, "--no-config", "-c", "source '" + script + "'; complete -C 'routediff ex';"
                + " complete -C 'routediff parse --format '; complete -C 'routediff explain --rules o'"));
        List<String> words = new ArrayList<>();
        for (String line : out.split("\n")) {
            words.add(line.split("\t")[0]);
        }
        assertTrue(words.contains("explain"), out);
        assertTrue(words.containsAll(List.of("table", "json", "markdown", "html")), out);
        assertTrue(words.contains("openvpn"), out);
    }

    @Test
    void theManualPageHasEveryCommandAndIsValidRoff(@TempDir Path dir) throws IOException, InterruptedException {
        Result r = CliTest.run("help", "--man");
        assertEquals(0, r.code(), r.err());
        String page = r.out();
        assertTrue(page.startsWith(".\\\" Made by 'routediff help --man'"), page);
        for (String[] c : RouteDiffCommand.COMMANDS) {
            assertTrue(page.contains(".B " + c[0] + "\n"), c[0]);
        }
        assertTrue(page.contains(".SH \"ROUTEDIFF EXPLAIN\""));
        assertTrue(page.contains("\\fB\\-\\-rules\\fR=\\fIID\\fR"), "rule-set options the plugins declare are listed");
        for (String line : page.split("\n")) {
            assertTrue(line.isEmpty() || !line.startsWith("'") && (!line.startsWith(".") || line.matches(
                    "\\.(\\\\\"|TH|SH|B|I|TP|PP|br)( .*)?")), "a line roff would read as an unknown request: " + line);
        }
        Path man = Files.writeString(dir.resolve("routediff.1"), page);
        if (Files.isExecutable(Path.of("/usr/bin/groff"))) {
            String text = shell(List.of("sh", "-c", "groff -man -Tutf8 -ww -z '" + man + "' 2>&1"));
            assertEquals("", text, "groff warnings");
        } else {
            System.err.println("CompletionTest: groff is not installed; the manual page was checked line by line only");
        }
    }

    private static String need(String shell) {
        if (Boolean.getBoolean("routediff.shells.skip")) {
            System.err.println("CompletionTest: " + shell + " left out (-Droutediff.shells.skip=true)");
            Assumptions.abort("left out on request: -Droutediff.shells.skip=true");
        }
        Path p = Path.of("/usr/bin", shell);
        if (!Files.isExecutable(p)) {
            fail(shell + " is not installed, so its completion script cannot be checked in the real shell. Install it "
                    + "(Debian/Ubuntu: apt-get install -y zsh fish; .ci/run does), or leave these tests out with "
                    + "-Droutediff.shells.skip=true.");
        }
        return p.toString();
    }
}
