package dev.routediff.parser.windows;

import com.google.auto.service.AutoService;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads what Windows prints for {@code route print} (and {@code netstat -r}, which prints the same): the interface
 * list, then the IPv4 and IPv6 route tables, in any display language. See this module's README for the decisions.
 */
@AutoService(RouteTableParser.class)
public final class WindowsRouteParser implements RouteTableParser {

    static final String ID = "windows-route";

    private static final ParserInfo INFO = new ParserInfo(ID,
            "Windows route print / netstat -r route tables (IPv4 and IPv6, any display language)",
            List.of("Windows 7–11", "Windows Server"),
            List.of("route print", "route print -4", "route print -6", "netstat -rn", "netstat -r"), Platform.WINDOWS);

    public WindowsRouteParser() {
        // stateless: every parse gets its own TableReader
    }

    @Override
    public ParserInfo info() {
        return INFO;
    }

    @Override
    public int detect(String sample) {
        try {
            return Detection.score(sample);
        } catch (RuntimeException e) {
            return 0; // detection must never throw; a sample that trips it is not one this parser claims
        }
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        return new TableReader(source).read(input);
    }
}
