package dev.routediff.parser.osquery;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.testkit.FuzzChecks;

/**
 * Any bytes through TextInput, detection and parse: a table or a one-line {@code fuzz.txt:line: …} message,
 * nothing else (no Jackson exception, no stack trace). Saved inputs live in {@code OsqueryFuzzTestInputs/parse/};
 * {@code seed-*} are cut from the samples in {@code fixtures/} (see its PROVENANCE.md).
 */
class OsqueryFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        FuzzChecks.parser(new OsqueryRoutesParser(), input);
    }
}
