package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.FuzzChecks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link TextInput} and {@link LineSource} together: whatever the bytes, opening yields a text or a one-line
 * refusal, and the lines read equal the decoded text split at LF, CRLF and CR, each within the cap, or reading
 * stops at the first over-long line with a one-line message naming it. {@code mvn verify} replays the saved inputs;
 * see core/README.md for a campaign.
 */
class InputFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void linesOfAnyInput(FuzzedDataProvider data) throws IOException {
        int maxLine = data.consumeInt(1, 300);
        byte[] bytes = data.consumeRemainingAsBytes();
        TextInput text;
        try {
            text = TextInput.open(FuzzChecks.SOURCE, new ByteArrayInputStream(bytes));
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, FuzzChecks.SOURCE);
            return;
        }
        String decoded = decode(bytes);
        if (decoded == null || decoded.indexOf('\0') >= 0) {
            // not text: refused in one line, when opened or at the latest while reading; never read as U+FFFD
            try {
                LineSource lines = new LineSource(text.reader(), FuzzChecks.SOURCE, maxLine);
                while (lines.next() != null) {
                    // read on to the refusal
                }
            } catch (RouteInputException e) {
                FuzzChecks.assertOneLine(e, FuzzChecks.SOURCE);
                return;
            }
            throw new AssertionError("input that is not text was read without a refusal");
        }
        List<String> expected = blankLead(split(decoded));
        LineSource lines = new LineSource(text.reader(), FuzzChecks.SOURCE, maxLine);
        List<String> actual = new ArrayList<>();
        try {
            for (String l = lines.next(); l != null; l = lines.next()) {
                assertEquals(actual.size() + 1, lines.lineNumber());
                actual.add(l);
            }
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, FuzzChecks.SOURCE);
            int failed = actual.size() + 1;
            assertEquals(failed, e.line(), e.getMessage());
            if (expected.get(failed - 1).length() <= maxLine) {
                throw new AssertionError("line " + failed + " is within the cap of " + maxLine + " but was refused");
            }
            expected = expected.subList(0, failed - 1);
        }
        assertEquals(expected, actual);
    }

    /** The blank lines before the first line with content come as empty lines (skipped, then given back as such). */
    private static List<String> blankLead(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size() && out.get(i).chars().allMatch(c -> c == ' ' || c == '\t' || c == '\f'
                || c == 0x0B); i++) {
            out.set(i, "");
        }
        return out;
    }

    /**
     * What TextInput should decode, done independently: BOM picks the charset and is dropped; null when the bytes are
     * not text in it.
     */
    private static String decode(byte[] b) {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return TextInput.strict(cs).decode(java.nio.ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\r' || c == '\n') {
                out.add(line.toString());
                line.setLength(0);
                if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
