package dev.routediff.parser.linux;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.testkit.FuzzChecks;

/**
 * Any bytes through TextInput, detection and parse, for each Linux parser: a table or a one-line
 * {@code fuzz.txt:line: …} message, nothing else. Saved inputs live in {@code LinuxFuzzTestInputs/<method>/};
 * {@code seed-*} are copies of real samples from {@code fixtures/} (see its PROVENANCE.md).
 */
class LinuxFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void ipRoute(byte[] input) {
        FuzzChecks.parser(new IpRouteParser(), input);
    }

    @FuzzTest(maxDuration = "2m")
    void route(byte[] input) {
        FuzzChecks.parser(new NetToolsRouteParser(), input);
    }

    @FuzzTest(maxDuration = "2m")
    void procRoute(byte[] input) {
        FuzzChecks.parser(new ProcRouteParser(), input);
    }

    @FuzzTest(maxDuration = "2m")
    void procIpv6Route(byte[] input) {
        FuzzChecks.parser(new ProcIpv6RouteParser(), input);
    }
}
