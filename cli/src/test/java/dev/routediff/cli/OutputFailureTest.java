package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Output that cannot be written is trouble, whatever the command found: {@code capture --raw > before.txt} on a full
 * disk must not exit 0 with nothing saved, and {@code watch} must not poll on forever into a device that takes
 * nothing. Standard output here is a stream that fails as a full disk does; the real /dev/full is in
 * {@link HostilePluginTest}.
 */
class OutputFailureTest {

    /** A disk with no space left. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliTest.Result run(FakeHost host, String... args) {
        CheckedOutputStream stdout = new CheckedOutputStream(new Full());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), Map.of(), false,
                PluginFolders.NONE, host, stdout, null);
        return new CliTest.Result(code, "", err.toString());
    }

    @Test
    void captureRawToAFullDiskIsExit2WithTheReason() throws IOException {
        FakeHost host = CaptureWatchTest.mac(CaptureWatchTest.example("clientvpn-split-before.txt"));
        CliTest.Result r = run(host, "capture", "--raw");
        assertEquals(2, r.code(), r.err());
        assertEquals("routediff: cannot write output: No space left on device\n", r.err());
    }

    @Test
    void watchStopsAtTheFirstLineItCannotWrite() throws IOException {
        String table = CaptureWatchTest.example("clientvpn-split-before.txt");
        FakeHost host = CaptureWatchTest.mac(Collections.nCopies(20, table).toArray(String[]::new));
        CliTest.Result r = run(host, "watch");
        assertEquals(2, r.code(), r.err());
        assertEquals("routediff: cannot write output: No space left on device\n", r.err());
        assertEquals(List.of(), host.sleeps(), "no polling after the first line failed");
    }

    @Test
    void aPipeWhoseReaderWentAwayIsExit2WithoutAMessage() {
        CheckedOutputStream stdout = new CheckedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"parse", HtmlReportTest.BEFORE}, new ByteArrayInputStream(new byte[0]), out,
                new PrintWriter(err), Map.of(), false, PluginFolders.NONE, new FakeHost("Linux"), stdout, null);
        assertEquals(2, code);
        assertEquals("", err.toString(), "| head ending early is how pipes end, not news");
    }
}
