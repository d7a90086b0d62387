package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our output against jc's expected JSON for the same samples: equal where jc is right, different where it is not. */
class JcCrossCheckTest {

    private static JsonNode jc(String name) throws Exception {
        return new ObjectMapper().readTree(Fixtures.read(name));
    }

    @Test
    void rnlAgreesWithJcRowByRow() throws Exception {
        RouteTable table = Fixtures.parseFile("osx-10.14.6__netstat-rnl.out");
        JsonNode expected = jc("osx-10.14.6__netstat-rnl.json");
        assertEquals(89, expected.size());
        assertEquals(expected.size(), table.size());
        for (int i = 0; i < table.size(); i++) {
            Route r = table.routes().get(i);
            JsonNode j = expected.get(i);
            String where = "row " + i + " (line " + r.line() + ")";
            assertEquals(j.get("destination").asText(), r.destinationRaw(), where);
            assertEquals(j.get("gateway").asText(), r.gateway().text(), where);
            assertEquals(j.get("route_flags").asText(), r.flags().text(), where);
            assertEquals(j.get("iface").asText(), r.iface(), where);
            assertEquals(j.get("route_refs").asText(), r.attributes().get("Refs"), where);
            assertEquals(j.get("use").asText(), r.attributes().get("Use"), where);
            assertEquals(j.get("mtu").asText(), r.attributes().get("Mtu"), where);
            assertEquals(j.has("expire") ? j.get("expire").asText() : "", r.expire().toString(), where);
        }
    }

    @Test
    void whitespaceOnlyLastLineIsNotARoute() {
        // jc turns the 28 blanks at the end of this file into a bogus {"kind": "route"} entry.
        String text = Fixtures.read("jackpal-gateway__darwin.txt");
        String last = text.substring(text.lastIndexOf('\n') + 1);
        assertTrue(!last.isEmpty() && last.isBlank(), "fixture still ends in a whitespace-only line");
        RouteTable table = Fixtures.parseFile("jackpal-gateway__darwin.txt");
        assertEquals(2, table.size());
    }

    @Test
    void gAndDFlagsAreTyped() {
        // jc's letter map has neither g nor d, so its route_flags_pretty drops them.
        RouteTable table = Fixtures.parseFile("jackpal-gateway__darwin.txt");
        Route scoped = table.routes().get(1);
        assertEquals("UGScIg", scoped.flags().text());
        assertTrue(scoped.flags().has(RouteFlag.GLOBAL));
        assertTrue(scoped.flags().has(RouteFlag.IFSCOPE));
        assertEquals("", scoped.flags().unknown());

        Route done = Fixtures.inetRow("192.168.1          10.175.9.195       UGdCSc          utun2");
        assertTrue(done.flags().has(RouteFlag.DONE));
        assertEquals("", done.flags().unknown());
    }

    @Test
    void jcIsWrongToAcceptNetstatWithoutN() throws Exception {
        // jc returns 86 entries of names and 18-character stubs; nothing in them can be turned back into addresses.
        assertEquals(86, jc("osx-10.14.6__netstat-r.json").size());
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.parseFile("osx-10.14.6__netstat-r.out"));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("'dsldevice.attlocal'"), e.getMessage());
        assertTrue(e.problem().contains("run netstat -rn instead"), e.getMessage());
    }

    @Test
    void expireIsTypedWhereJcKeepsAString() {
        List<Route> routes = Fixtures.parseFile("osx-10.14.6__netstat-rnl.out").routes();
        assertEquals(Expire.EXPIRED, routes.get(3).expire());
        assertEquals(Expire.seconds(753), routes.get(5).expire());
        assertFalse(routes.get(0).expire() instanceof Expire.Seconds);
    }
}
