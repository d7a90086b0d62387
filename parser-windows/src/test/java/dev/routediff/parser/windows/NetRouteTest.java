package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.GoldenFiles;
import dev.routediff.core.testkit.GoldenJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PowerShell Get-NetRoute: the table view, padded or squeezed, and Format-List records. */
class NetRouteTest {

    private static final Path DIR = Path.of("src/test/resources/pastes");
    private static final NetRouteParser PARSER = new NetRouteParser();

    /** The text without the PowerShell prompts around it (core's PasteCleaner takes them off in a real run). */
    private static String table(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8).lines()
                .map(l -> l.startsWith("PS C:\\") ? "" : l).collect(Collectors.joining("\n"));
    }

    private static RouteTable parse(String text) throws IOException {
        return PARSER.parse(new StringReader(text), "test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-netroute.txt", "get-netroute-squeezed.txt", "get-netroute-format-list.txt"})
    void samplesMatchTheirGoldenFiles(String name) throws IOException {
        String text = table(name);
        assertEquals(90, PARSER.detect(text));
        assertEquals(0, new WindowsRouteParser().detect(text));
        GoldenJson.assertMatches(DIR.resolve("golden").resolve(name + ".json"), parse(text));
    }

    @Test
    void squeezedTableReadsAsThePaddedOne() throws IOException {
        assertEquals(parse(table("get-netroute.txt")).routes(), parse(table("get-netroute-squeezed.txt")).routes());
    }

    @Test
    void onLinkAndMetrics() throws IOException {
        RouteTable t = parse(table("get-netroute.txt"));
        var def = t.routes().stream().filter(r -> r.destination().toString().equals("0.0.0.0/0")).findFirst().orElseThrow();
        assertEquals(35L, def.metric()); // RouteMetric 0 + ifMetric 35, what route print shows
        var local = t.routes().stream().filter(r -> r.destination().toString().equals("192.168.1.0/24")).findFirst().orElseThrow();
        assertEquals(new Gateway.Interface("17"), local.gateway());
        RouteTable list = parse(table("get-netroute-format-list.txt"));
        assertEquals(new Gateway.Interface("Wi-Fi"), list.routes().get(1).gateway());
        assertEquals(40, list.routes().get(1).line()); // the DestinationPrefix line of its record
    }

    @Test
    void anEmptyIfMetricAndPersistentRoutes() throws IOException {
        RouteTable t = parse(String.join("\n",
                "ifIndex DestinationPrefix NextHop RouteMetric ifMetric PolicyStore",
                "------- ----------------- ------- ----------- -------- -----------",
                "23 10.8.0.0/24 0.0.0.0 256 ActiveStore",
                "12 0.0.0.0/0 192.168.1.1 0 25 ActiveStore",
                "12 10.0.0.0/8 192.168.1.254 1 PersistentStore"));
        assertEquals(2, t.size());
        assertEquals(null, t.routes().get(0).attributes().get("ifMetric"));
        assertEquals(null, t.routes().get(0).metric());
    }

    @Test
    void whatCannotBeReadIsRefusedInOneLine() {
        RouteInputException cut = assertThrows(RouteInputException.class, () -> parse(String.join("\n",
                "ifIndex DestinationPrefix                              NextHop                                  RouteMetric ifMetric PolicyStore",
                "------- -----------------                              -------                                  ----------- -------- -----------",
                String.format("%-8s%-47s%-41s%11s %-9s%s", "17", "2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:ab...", "::",
                        "256", "35", "ActiveStore"))));
        assertEquals("test:3: expected whole values, found '2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:ab...', cut short by "
                + "PowerShell's table view: run Get-NetRoute | Format-Table -AutoSize, or Get-NetRoute | Format-List",
                cut.getMessage());
        RouteInputException custom = assertThrows(RouteInputException.class, () -> parse(String.join("\n",
                "ifIndex InterfaceAlias DestinationPrefix NextHop", "12 Wi-Fi 2 0.0.0.0/0 192.168.1.1")));
        assertEquals("test:2: expected the columns of a padded table (this header is not Get-NetRoute's default one, "
                + "and the row's blanks were squeezed, so its cells cannot be told apart): paste the table as PowerShell "
                + "printed it, or use Get-NetRoute | Format-List", custom.getMessage());
        RouteInputException record = assertThrows(RouteInputException.class, () -> parse(String.join("\n",
                "DestinationPrefix : 0.0.0.0/0", "ifIndex           : 12", "", "NextHop : 10.0.0.1")));
        assertEquals("test:1: expected a Format-List record with DestinationPrefix and NextHop (Get-NetRoute | "
                + "Format-List prints both), found a record without NextHop", record.getMessage());
    }
}
