package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RouteFlagsTest {

    @Test
    void typesEveryMacosLetterAndKeepsUnknownOnes() {
        RouteFlags f = RouteFlags.parse("UGScIgdPZ");
        assertEquals(EnumSet.of(RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.STATIC, RouteFlag.PRCLONING,
                RouteFlag.IFSCOPE, RouteFlag.GLOBAL, RouteFlag.DONE), f.known());
        assertEquals("PZ", f.unknown());
        assertEquals("UGScIgdPZ", f.toString());
    }

    @Test
    void everyLetterIsDistinctAndRoundTrips() {
        StringBuilder all = new StringBuilder();
        for (RouteFlag f : RouteFlag.values()) {
            all.append(f.letter());
        }
        RouteFlags parsed = RouteFlags.parse(all.toString());
        assertEquals(RouteFlag.values().length, parsed.known().size());
        assertTrue(parsed.unknown().isEmpty());
    }
}
