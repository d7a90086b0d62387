package dev.routediff.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions for plugin authors: compare produced text with a reviewed file under
 * {@code src/test/resources}. Run with {@code -Droutediff.golden.update=true} to rewrite the files from the current
 * output, then review the change with {@code git diff} before committing it.
 */
public final class GoldenFiles {

    public static final String UPDATE_PROPERTY = "routediff.golden.update";

    private GoldenFiles() {
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * @param golden path of the expected file, relative to the module directory (Surefire's working directory)
     * @param actual the text produced now
     */
    public static void assertMatches(Path golden, String actual) {
        String normalized = actual.endsWith("\n") ? actual : actual + "\n";
        try {
            if (updating()) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, normalized, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; create it with -D" + UPDATE_PROPERTY + "=true and review it");
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), normalized,
                    "output differs from " + golden + " (after review, regenerate with -D" + UPDATE_PROPERTY + "=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
