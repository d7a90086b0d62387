package dev.routediff.parser.windows;

import com.google.auto.service.AutoService;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Reads what Windows prints for {@code route print} (and {@code netstat -r}, which prints the same): the interface
 * list, then the IPv4 and IPv6 route tables, in any display language. See this module's README for the decisions.
 */
@AutoService(RouteTableParser.class)
public final class WindowsRouteParser extends AbstractRouteTableParser {

    static final String ID = "windows-route";

    /** Stateless: every parse gets its own TableReader. */
    public WindowsRouteParser() {
        super(new ParserInfo(ID, "Windows route print / netstat -r route tables (IPv4 and IPv6, any display language)",
                List.of("Windows 7–11", "Windows Server"),
                List.of("route print", "route print -4", "route print -6", "netstat -rn", "netstat -r"),
                Platform.WINDOWS, List.of(ParserInfo.Capture.of("route", "print"))));
    }

    @Override
    public int detect(String sample) {
        return Detection.score(sample);
    }

    /**
     * {@code route print > f.txt} in cmd.exe writes the console's OEM code page: cp850 (Western Europe), cp437 (US)
     * or cp932 (Japanese); a copy saved from Notepad or an older PowerShell {@code Out-File} is in the ANSI code page,
     * cp1252. Listed so that, on a tie, the OEM pages win.
     */
    private static final List<Charset> CODE_PAGES = List.of(Charset.forName("IBM850"), Charset.forName("IBM437"),
            Charset.forName("windows-1252"), Charset.forName("windows-31j"));

    @Override
    public List<Charset> codePages() {
        return CODE_PAGES;
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        return new TableReader(source).read(input);
    }
}
