package dev.routediff.parser.windows;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.testkit.FuzzChecks;

/**
 * Any bytes through TextInput, detection and parse: a table or a one-line {@code fuzz.txt:line: …} message,
 * nothing else. Saved inputs live in {@code WindowsFuzzTestInputs/parse/}; {@code seed-*} are copies of real
 * samples from {@code fixtures/} (see its PROVENANCE.md).
 */
class WindowsFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        FuzzChecks.parser(new WindowsRouteParser(), input);
    }
}
