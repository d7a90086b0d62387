package dev.routediff.parser.windows;

import dev.routediff.core.testkit.GoldenJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Windows sample against its reviewed JSON. */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "windows-10__route.out",
            "cstdout-computer_networks__netstat_rn.txt",
            "jackpal-gateway__windows.txt",
            "jackpal-gateway__windowsLocalized.txt",
            "jackpal-gateway__windowsLocalized2.txt",
            "jackpal-gateway__windowsMultipleGateways.txt",
            "jackpal-gateway__windowsNoDefaultRoute.txt",
    })
    void matchesReviewedGolden(String fixture) {
        GoldenJson.assertMatches(Fixtures.GOLDEN.resolve(fixture + ".json"), Fixtures.parseFile(fixture));
    }
}
