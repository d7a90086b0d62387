package dev.routediff.parser.macos;

import com.google.auto.service.AutoService;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads the route tables printed by {@code netstat -rn} on macOS 10.13 to 15, IPv4 and IPv6, with or without
 * {@code -l}. The format is specified in {@code shared/reference/netstat-macos.md}; see this module's README.
 */
@AutoService(RouteTableParser.class)
public final class MacosNetstatParser extends AbstractRouteTableParser {

    static final String ID = "macos-netstat";

    /** Stateless: every parse gets its own TableReader. */
    public MacosNetstatParser() {
        super(new ParserInfo(ID, "macOS netstat route tables (IPv4 and IPv6, numeric output)",
                List.of("macOS 10.13–15"),
                List.of("netstat -rn", "netstat -rn -f inet", "netstat -rn -f inet6", "netstat -rnl"), Platform.MACOS,
                List.of(ParserInfo.Capture.of("netstat", "-rn"))));
    }

    @Override
    public int detect(String sample) {
        return Detection.score(sample);
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        return new TableReader(source).read(input);
    }
}
