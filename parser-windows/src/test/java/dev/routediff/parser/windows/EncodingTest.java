package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.testkit.GoldenJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PowerShell's {@code route print > file} writes UTF-16LE with a byte-order mark; cmd.exe writes the console code
 * page. Whatever the bytes, the whole path (TextInput → detection → parse) must give the same table as UTF-8.
 */
class EncodingTest {

    private static final RouteTableReader READER = new RouteTableReader(PluginRegistry.load(EncodingTest.class.getClassLoader()));

    private static RouteTable viaStdin(byte[] bytes) throws IOException {
        return READER.read("-", new ByteArrayInputStream(bytes), null);
    }

    private static byte[] withBom(byte[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-10__route.out", "jackpal-gateway__windowsLocalized2.txt", "cstdout-computer_networks__netstat_rn.txt"})
    void utf16WithByteOrderMarkGivesTheSameTable(String fixture) throws IOException {
        String text = Fixtures.read(fixture);
        var expected = GoldenJson.tree(viaStdin(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("windows-route", viaStdin(text.getBytes(StandardCharsets.UTF_8)).parserId());
        byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE);
        byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE);
        byte[] utf8Bom = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8);
        assertEquals(expected, GoldenJson.tree(viaStdin(le)));
        assertEquals(expected, GoldenJson.tree(viaStdin(be)));
        assertEquals(expected, GoldenJson.tree(viaStdin(utf8Bom)));
    }

    /** Some tools strip the mark; core's TextInput recognises UTF-16LE by its NUL-every-other-byte shape. */
    @ParameterizedTest
    @ValueSource(strings = {"windows-10__route.out", "jackpal-gateway__windowsLocalized2.txt", "jackpal-gateway__windowsLocalized.txt"})
    void utf16LeWithoutByteOrderMarkGivesTheSameTable(String fixture) throws IOException {
        String text = Fixtures.read(fixture);
        assertEquals(GoldenJson.tree(viaStdin(text.getBytes(StandardCharsets.UTF_8))),
                GoldenJson.tree(viaStdin(text.getBytes(StandardCharsets.UTF_16LE))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-10__route.out", "jackpal-gateway__windowsLocalized2.txt"})
    void crlfAndLfGiveTheSameTableThroughTheReader(String fixture) throws IOException {
        String text = Fixtures.read(fixture);
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        String lf = text.replace("\r\n", "\n");
        assertEquals(GoldenJson.tree(viaStdin(lf.getBytes(StandardCharsets.UTF_8))),
                GoldenJson.tree(viaStdin(crlf.getBytes(StandardCharsets.UTF_8))));
    }
}
