package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.FuzzChecks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Jackson's read limits in AwsCliJson stop a huge or deep file early, with one line naming the file. */
class AwsCliJsonLimitsTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("huge number", "{\"Routes\": [" + "9".repeat(1000) + "]}", "Number value length (1000) exceeds the maximum allowed (64"),
                Arguments.of("huge string", "{\"Routes\": [\"" + "x".repeat(2 * 1024 * 1024) + "\"]}",
                        "exceeds the maximum allowed (1048576"),
                Arguments.of("deep nesting", "{\"Routes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                        "Document nesting depth (65) exceeds the maximum allowed (64"),
                Arguments.of("long name", "{\"" + "k".repeat(5000) + "\": 1}", "exceeds the maximum allowed (1024"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void oneLineNamingTheFile(String what, String json, String expected, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("routes.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> AwsCliJson.readRoutes(file, "routes.json"));
        FuzzChecks.assertOneLine(e, "routes.json");
        // Jackson gives no location for a broken limit, so the message names the file without a line
        assertTrue(e.getMessage().startsWith("routes.json: invalid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void documentOver16MiB(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("endpoints.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"ClientVpnEndpoints\": [".getBytes(StandardCharsets.US_ASCII));
            byte[] item = "{\"Description\": \"0123456789012345678901234567890123456789\"},\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 17L * 1024 * 1024; written += item.length) {
                out.write(item);
            }
            out.write("{}]}".getBytes(StandardCharsets.US_ASCII));
        }
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> AwsCliJson.readEndpoint(file, "endpoints.json"));
        FuzzChecks.assertOneLine(e, "endpoints.json");
        assertTrue(e.getMessage().contains("invalid JSON: Document length"), e.getMessage());
        assertEquals("endpoints.json", e.source());
    }
}
