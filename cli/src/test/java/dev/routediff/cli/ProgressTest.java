package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aLongStepShowsItsLineAndWipesIt() throws InterruptedException {
        StringWriter text = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(text), "reading big.txt (120 MB)", Duration.ZERO)) {
            Thread.sleep(300);
        }
        String shown = text.toString();
        assertTrue(shown.startsWith("\rroutediff: reading big.txt (120 MB) ... 0 s"), shown);
        // the last thing printed blanks the line out and returns to its start
        assertTrue(shown.endsWith("\r" + " ".repeat("routediff: reading big.txt (120 MB) ... 0 s".length()) + "\r"), shown);
    }

    @Test
    void aQuickStepPrintsNothing() {
        StringWriter text = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(text), "reading small.txt", Duration.ofSeconds(5))) {
            assertEquals("", text.toString());
        }
        assertEquals("", text.toString());
    }

    @Test
    void pipedOrQuietRunsNeverShowProgress() {
        Path root = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
        String before = root.resolve("examples/clientvpn-split-before.txt").toString();
        String after = root.resolve("examples/clientvpn-split-after.txt").toString();
        CliTest.Result piped = CliTest.run("diff", before, after);
        assertEquals("", piped.err());
        CliTest.Result quiet = CliTest.run(Map.of("NO_COLOR", "1"), true, new ByteArrayInputStream(new byte[0]),
                "diff", before, after, "--quiet");
        assertEquals("", quiet.err());
        CommandContext onTerminal = new CommandContext(null, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), true);
        assertTrue(onTerminal.showsProgress());
        onTerminal.quiet(true);
        assertTrue(!onTerminal.showsProgress());
    }
}
