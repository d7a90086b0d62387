package dev.routediff.parser.osquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.RouteInputException;
import org.junit.jupiter.api.Test;

/** Bad input gives one line naming the source, the line, and what was expected. */
class ErrorTest {

    private static String message(String json) {
        return assertThrows(RouteInputException.class, () -> Fixtures.parse(json)).getMessage();
    }

    private static final String ROW = "{\"destination\":\"10.0.0.0\",\"netmask\":\"8\",\"gateway\":\"\",\"interface\":\"eth0\"}";

    @Test
    void brokenJsonNamesItsLine() {
        String m = message("[\n  " + ROW + ",\n  {\"destination\":\"10.1.0.0\",\"netmask\":\"16\"\n]\n");
        assertEquals("test:4: expected valid JSON, found a syntax error: Unexpected close marker ']': expected '}'", m);
    }

    @Test
    void aMissingColumnIsNamed() {
        assertEquals("test:3: expected the routes table's column 'netmask' in every row (destination, netmask, gateway "
                        + "and interface at least: select * from routes), found a row without it",
                message("[\n  " + ROW + ",\n  {\"destination\":\"10.1.0.0\",\"gateway\":\"\",\"interface\":\"eth0\"}\n]"));
    }

    @Test
    void aDottedNetmaskIsNotALength() {
        assertEquals("test:1: expected a prefix length 0-32 as netmask (osquery prints the mask's length, such as 24),"
                + " found '255.0.0.0'", message(ROW.replace("\"8\"", "\"255.0.0.0\"").replace("{", "[{") + "]"));
    }

    @Test
    void hostBitsOutsideTheNetmaskAreRefused() {
        assertEquals("test:1: expected a destination with no bits outside its netmask (10.0.0.0/8), found '10.1.0.0' "
                + "with netmask 8", message("[" + ROW.replace("10.0.0.0", "10.1.0.0") + "]"));
    }

    @Test
    void aNameAsGatewayIsRefused() {
        assertEquals("test:1: expected an address, link#N, a MAC address or nothing as gateway, found 'router.lan'",
                message("[" + ROW.replace("\"gateway\":\"\"", "\"gateway\":\"router.lan\"") + "]"));
    }

    @Test
    void somethingElseThanRowsIsRefused() {
        assertEquals("test:1: expected osquery JSON (the array 'osqueryi --json \"select * from routes\"' prints, or "
                + "result log lines), found no text", message(""));
        assertEquals("test:1: expected a row (a JSON object of column values), found the string 'x'", message("[\"x\"]"));
        assertEquals("test:1: expected a result log line with 'snapshot', 'diffResults' or 'columns' (osquery's "
                + "snapshot, batched and event formats), found a JSON object with none of them", message("{\"a\":1}"));
        assertEquals("test:1: expected a string or number as 'gateway', found an object",
                message("[{\"gateway\":{}}]"));
    }

    private static String line(String host, String name, int counter, String action, String row) {
        return "{\"name\":\"" + name + "\",\"hostIdentifier\":\"" + host + "\",\"counter\":" + counter
                + ",\"columns\":" + row + ",\"action\":\"" + action + "\"}\n";
    }

    @Test
    void twoHostsAreNotMerged() {
        assertEquals("test:2: expected one host's results, found host 'b' after 'a' (line 1): keep one host's lines, "
                + "e.g. grep '\"hostIdentifier\":\"a\"'", message(line("a", "r", 0, "added", ROW)
                + line("b", "r", 0, "added", ROW)));
    }

    @Test
    void twoRoutesQueriesAreNotMerged() {
        assertEquals("test:2: expected the results of one routes query, found query 'r2' after 'r' (line 1): keep one "
                + "query's lines, e.g. grep '\"name\":\"r2\"'", message(line("a", "r", 0, "added", ROW)
                + line("a", "r2", 0, "added", ROW)));
    }

    @Test
    void aLogThatStartsAfterTheFirstRunIsRefused() {
        assertEquals("test:1: expected the query's first results (counter 0, every route logged as added), found "
                + "counter 4: this log starts after the first run, so replaying it would give part of the table; "
                + "schedule the query with \"snapshot\": true, or export with osqueryi --json",
                message(line("a", "r", 4, "added", ROW)));
    }

    @Test
    void removingWhatWasNeverAddedIsRefused() {
        assertEquals("test:2: expected a removed row that an earlier line added, found one that no line added "
                + "(destination 10.1.0.0): the log is missing lines of this query", message(line("a", "r", 0, "added", ROW)
                + line("a", "r", 1, "removed", ROW.replace("10.0.0.0", "10.1.0.0"))));
    }

    @Test
    void twoSnapshotsAreNotMerged() {
        String snap = "{\"name\":\"r\",\"hostIdentifier\":\"a\",\"snapshot\":[" + ROW + "],\"action\":\"snapshot\"}\n";
        assertEquals("test:2: expected one snapshot, found a second one (the first is on line 1): keep one run's "
                + "line, e.g. the newest with tail -n 1", message(snap + snap));
    }

    @Test
    void onlyOtherQueriesIsRefused() {
        assertEquals("test:1: expected result log lines of a routes query (rows with destination, netmask, gateway, "
                + "interface), found only other queries: uptime", message("{\"name\":\"uptime\",\"columns\":"
                + "{\"days\":\"1\"},\"action\":\"added\"}"));
    }
}
