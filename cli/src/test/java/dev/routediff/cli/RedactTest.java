package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** --redact on real-shaped tables, in every format: public addresses gone, the same placeholder everywhere. */
class RedactTest {

    private static final String BEFORE = HtmlReportTest.BEFORE;
    private static final String AFTER = Path.of("src/test/resources/redact/public-after.txt").toAbsolutePath()
            .toString();
    private static final List<String> PUBLIC = List.of("198.41.0", "54.239.28.85", "2a01:4f8:1c1c:ab", "a4:2b:b0:e1:7:5",
            "8.8.8.8");

    @Test
    void everyFormatHidesThePublicAddressesAndNamesThemAlike() throws IOException {
        String[] formats = {"table", "json", "markdown", "html"};
        for (String f : formats) {
            Result r = CliTest.run("diff", BEFORE, AFTER, "--redact", "--format", f);
            assertEquals(1, r.code(), r.err());
            for (String p : PUBLIC) {
                assertFalse(r.out().contains(p), f + " shows " + p);
            }
            // the tunnel's endpoint, the shortened network, the IPv6 /64 and the router's MAC: same names everywhere
            assertTrue(r.out().contains("pub4-1/32"), f + ": 54.239.28.85/32");
            assertTrue(r.out().contains("pub4-2/24"), f + ": 198.41.0.0/24");
            assertTrue(r.out().contains("pub6-1/64"), f);
            assertTrue(r.out().contains("192.168.1.1"), f + ": private kept");
            assertTrue(r.out().contains("0.0.0.0/1") && r.out().contains("128.0.0.0/1"), f);
            assertTrue(r.out().contains("203.0.113.9/32") && r.out().contains("2001:db8::/32"), f);
        }
        JsonNode parsed = new ObjectMapper().readTree(CliTest.run("parse", AFTER, "--redact", "--format", "json").out());
        JsonNode router = parsed.get("routes").get(7);
        assertEquals("mac-1", router.get("gateway").asText());
        assertEquals("pub4-2/24", parsed.get("routes").get(3).get("destination_raw").asText(),
                "netstat's 198.41.0 is printed in full so that it can be redacted");
        Result lookup = CliTest.run("lookup", AFTER, "8.8.8.8", "198.41.0.10", "--redact");
        assertTrue(lookup.out().startsWith("Address  "), lookup.out());
        assertTrue(lookup.out().contains("pub4-"), lookup.out());
        for (String p : PUBLIC) {
            assertFalse(lookup.out().contains(p), lookup.out());
        }
    }

    @Test
    void theHtmlMapHidesPublicSixteensButKeepsPrivateOnes() {
        Result r = CliTest.run("diff", BEFORE, AFTER, "--redact", "--format", "html", "--map", "52.0.0.0/8",
                "--map", "10.0.0.0/8");
        Document d = Jsoup.parse(r.out());
        assertEquals(256, d.select("#m1a g.c.redacted").size());
        assertTrue(d.select("#m2a g.c.redacted").isEmpty());
        assertFalse(r.out().contains("52.0.0.0"));
        assertTrue(d.selectFirst("footer").text().contains("Redacted"));
        HtmlReportTest.assertSelfContained(r.out());
    }
}
