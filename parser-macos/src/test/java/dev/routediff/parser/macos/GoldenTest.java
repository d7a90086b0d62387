package dev.routediff.parser.macos;

import dev.routediff.core.testkit.GoldenJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every parsable macOS sample against its reviewed JSON. The synthetic jackpal darwinBadRoute/darwinNoRoute files
 * are not detected as macOS (see {@link Detection}) but must parse when the parser is chosen by hand.
 */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "osx-10.14.6__netstat-rnl.out",
            "jackpal-gateway__darwin.txt",
            "jackpal-gateway__darwinBadRoute.txt",
            "jackpal-gateway__darwinNoRoute.txt",
            "walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out",
    })
    void matchesReviewedGolden(String fixture) {
        GoldenJson.assertMatches(Fixtures.GOLDEN.resolve(fixture + ".json"), Fixtures.parseFile(fixture));
    }
}
