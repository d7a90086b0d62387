package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteInputExceptionTest {

    /** Found by fuzzing AwsCliJson: Jackson quotes an unexpected U+2028 raw, which split the "one line" message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "found '\u2028'|found '\\u2028'",
        "found '\u2029'|found '\\u2029'",
        "found 'a\u0085b'|found 'a\\u0085b'",
        "found '\u001b[31mred'|found '\\u001b[31mred'",
        "found 'a\u007fb'|found 'a\\u007fb'",
        "tab\tstays|tab\tstays",
        "plain ascii and é|plain ascii and é"})
    void messagesShowControlAndSeparatorCharactersEscaped(String problem, String shown) {
        assertEquals("t.txt:3: " + shown, new RouteInputException("t.txt", 3, problem).getMessage());
    }

    @Test
    void fileNamesToo() {
        RouteInputException e = new RouteInputException("a\rb\nc", "no such file");
        assertEquals("a\\u000db\\u000ac: no such file", e.getMessage());
        assertEquals("a\rb\nc", e.source());
    }
}
