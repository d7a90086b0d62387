package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jc's expected output for windows-10 is a cross-check, not truth: it keeps the active rows right but reads the
 * persistent row with shifted columns ({@code network: 157.0.0.0, address: 255.0.0.0, genmask: 157.55.80.1}).
 * Every active row must agree with ours; the misread persistent row is the one entry left over.
 */
class JcCrossCheckTest {

    @Test
    void activeRowsAgreeWithJc() throws IOException {
        JsonNode jc = new ObjectMapper().readTree(Fixtures.read("windows-10__route.json"));
        RouteTable ours = Fixtures.parseFile("windows-10__route.out");
        List<String> theirs4 = new ArrayList<>();
        List<String> theirs6 = new ArrayList<>();
        int leftOver = 0;
        for (JsonNode n : jc) {
            if (n.has("genmask") && n.has("iface")) {
                theirs4.add(n.get("destination").asText() + " " + n.get("genmask").asText() + " " + n.get("gateway").asText()
                        + " " + n.get("iface").asText() + " " + n.get("metric").asText());
            } else if (n.has("destination") && n.has("iface")) {
                theirs6.add(n.get("iface").asText() + " " + n.get("metric").asText() + " " + n.get("destination").asText()
                        + " " + n.get("gateway").asText());
            } else if (!n.has("interfaces")) {
                leftOver++;
            }
        }
        List<String> ours4 = new ArrayList<>();
        for (Route r : ours.section(AddressFamily.INET)) {
            ours4.add(r.destinationRaw() + " " + r.attributes().get("Netmask") + " " + gatewayText(r) + " " + r.iface()
                    + " " + r.metric());
        }
        List<String> ours6 = new ArrayList<>();
        for (Route r : ours.section(AddressFamily.INET6)) {
            ours6.add(r.attributes().get("If") + " " + r.metric() + " " + r.destinationRaw() + " "
                    + gatewayText(r));
        }
        assertEquals(theirs4, ours4);
        assertEquals(theirs6, ours6);
        assertEquals(1, leftOver);
    }

    private static String gatewayText(Route r) {
        return r.gateway() instanceof Gateway.Interface ? "On-link" : r.gateway().text();
    }
}
