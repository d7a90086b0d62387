package dev.routediff.rules.wireguard;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.FuzzChecks;

/**
 * Any text as a wg-quick configuration, on both platforms: a configuration or a one-line
 * {@code fuzz.txt:line: …} message, nothing else. Saved inputs live in {@code WgConfigFuzzTestInputs/parse/};
 * {@code seed-*} are the sample configurations of examples/wireguard, each followed by the byte that picks the
 * platform (Jazzer takes primitives from the end of the input).
 */
class WgConfigFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parse(FuzzedDataProvider data) {
        Platform platform = data.consumeBoolean() ? Platform.LINUX : Platform.MACOS;
        String text = data.consumeRemainingAsString();
        try {
            WgConfig.parse(FuzzChecks.SOURCE, "wg0", text, platform);
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, FuzzChecks.SOURCE);
        }
    }
}
