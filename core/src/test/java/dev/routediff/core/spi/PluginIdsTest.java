package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what the documented pattern does. */
class PluginIdsTest {

    private static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    @Test
    void sameAnswersAsThePattern() {
        String[] ids = {"macos-netstat", "linux-proc-ipv6-route", "a", "a1", "a-1", "wireguard", "aws-client-vpn", "",
            "-a", "a-", "a--b", "A", "a_b", "1a", "a-B", "a b", "a.b", "é", "a-1-2", "ab-", "a-b-"};
        for (String id : ids) {
            assertEquals(id.matches(PATTERN), PluginIds.valid(id), id);
        }
        // and every string over a small alphabet up to length 5
        char[] alphabet = {'a', 'z', '0', '9', '-', 'A', '_'};
        check("", alphabet, 5);
    }

    private static void check(String prefix, char[] alphabet, int depth) {
        assertEquals(prefix.matches(PATTERN), PluginIds.valid(prefix), prefix);
        if (depth > 0) {
            for (char c : alphabet) {
                check(prefix + c, alphabet, depth - 1);
            }
        }
    }
}
