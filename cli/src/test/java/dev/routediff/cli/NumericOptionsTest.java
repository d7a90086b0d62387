package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every numeric option has a range, and a value outside it (or no number at all, of any length) is one short line
 * naming the option, exit 2: {@code watch --interval 1e999999999} once wrote a gigabyte-long "line".
 */
class NumericOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-10", "0", "0.05", "25h", "-1", "NaN", "Infinity", "2x"})
    void intervalOutsideATenthOfASecondToADayIsOneShortLine(String value) {
        CliTest.Result r = CliTest.run("watch", "--interval", value);
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("routediff: Invalid value for option '--interval': expected a time"),
                lines.get(0));
        assertTrue(lines.get(0).contains("from 0.1s to 1 day"), lines.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "99999999999999999999", "1e3", "many"})
    void countBelowOneOrNotAWholeNumberIsOneShortLine(String value) {
        CliTest.Result r = CliTest.run("watch", "--count", value);
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("routediff: Invalid value for option '--count': expected a whole number from 1 up, found "
                + (value.matches("-?\\d{1,9}") ? value : "'" + value + "'") + " (see 'routediff watch --help')"),
                r.err().lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--interval", "--count"})
    void aHugeValueIsQuotedShort(String option) {
        CliTest.Result r = CliTest.run("watch", option, "9".repeat(100_000) + "e9");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().length() < 300, () -> r.err().length() + " characters: " + r.err().substring(0, 300));
    }
}
