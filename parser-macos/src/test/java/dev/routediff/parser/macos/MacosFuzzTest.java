package dev.routediff.parser.macos;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.testkit.FuzzChecks;

/**
 * Any bytes through TextInput, detection and parse: a table or a one-line {@code fuzz.txt:line: …} message,
 * nothing else. Saved inputs live in {@code MacosFuzzTestInputs/parse/}: {@code seed-*} are cut from
 * {@code fixtures/} (sources in its PROVENANCE.md), the others are hostile inputs worth replaying.
 */
class MacosFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        FuzzChecks.parser(new MacosNetstatParser(), input);
    }
}
