package com.example.routediff.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.ParserContract;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** routediff's plugin contract (info, detection, golden parse), plus this format's own error messages. */
class CsvRoutesParserContractTest extends ParserContract {

    @Override
    protected RouteTableParser parser() {
        return new CsvRoutesParser();
    }

    @Override
    protected List<Path> samples() {
        return List.of(Path.of("src/test/resources/samples/office-routes.csv"));
    }

    @Test
    void namesAreRefusedWithTheCommandToRun() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> new CsvRoutesParser().parse(
                new StringReader("destination,gateway,iface\ndefault,router.office.lan,en0\n"), "office.csv"));
        assertEquals("office.csv:2: expected an address, found the name 'router.office.lan': export the table again"
                + " from 'netstat -rn' (-n prints addresses, not names)", e.getMessage());
    }

    @Test
    void aShortRowNamesItsLine() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> new CsvRoutesParser().parse(
                new StringReader("destination,gateway,iface\n10.0.0.0/8,10.0.0.1\n"), "office.csv"));
        assertEquals("office.csv:2: expected 3 fields (destination,gateway,iface), found 2", e.getMessage());
    }
}
