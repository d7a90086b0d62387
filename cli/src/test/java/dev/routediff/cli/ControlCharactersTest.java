package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An escape sequence in an interface name (a hostile or garbled dump) is shown escaped in text and Markdown output,
 * never sent raw to the terminal, which would obey it; JSON escapes it by its own rules.
 */
class ControlCharactersTest {

    private static final String TABLE = "default via 192.168.1.1 dev \u001b[31meth0\u001b[0m proto dhcp metric 100\n"
            + "192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.10\n";

    @Test
    void textAndMarkdownShowControlCharactersEscaped() {
        for (String format : new String[] {"text", "markdown"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"parse", "-", "--format", format},
                    new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                    new PrintWriter(err), Map.of(), false);
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("\\u001b[31meth0\\u001b[0m"), out.toString());
            assertFalse(out.toString().contains("\u001b"), "a raw ESC reached the " + format + " output");
        }
    }
}
