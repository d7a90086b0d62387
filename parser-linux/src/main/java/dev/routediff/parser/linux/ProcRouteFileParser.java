package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A kernel routing table file under {@code /proc/net}: a header line (when the file has one), then one route per
 * non-blank line of blank-separated fields. {@code /proc/net/route} and {@code /proc/net/ipv6_route} differ only in
 * the header and in how a row reads, which the subclasses say.
 */
abstract class ProcRouteFileParser extends AbstractRouteTableParser {

    /** The file as messages name it ({@code /proc/net/route}). */
    private final String file;
    /** The header's fields; empty when the file has none. */
    private final List<String> header;

    ProcRouteFileParser(ParserInfo info, String file, List<String> header) {
        super(info);
        this.file = file;
        this.header = List.copyOf(header);
    }

    /** Whether a line's fields have the shape of a row: what detection of a file without a header goes by. */
    abstract boolean isRow(List<String> fields);

    /** The route of one row; a row that cannot be read is a {@link RouteInputException} naming line {@code n}. */
    abstract Route row(String source, int n, String line, List<String> fields);

    /** 95 when the first line is the header, or (for a file without one) when every complete line is a row. */
    @Override
    public final int detect(String sample) {
        int rows = 0;
        for (String line : Text.completeLines(sample)) {
            if (Fields.isBlankLine(line)) {
                continue;
            }
            List<String> f = Fields.split(line);
            if (!header.isEmpty()) {
                return f.equals(header) ? 95 : 0;
            }
            if (!isRow(f)) {
                return 0;
            }
            rows++;
        }
        return rows > 0 ? 95 : 0;
    }

    @Override
    public final RouteTable parse(Reader input, String source) throws IOException {
        LineSource lines = new LineSource(input, source);
        RouteTable.Builder routes = RouteTable.builder(source, info().id(), 64);
        boolean headerRead = header.isEmpty();
        for (String line = lines.next(); line != null; line = lines.next()) {
            int n = lines.lineNumber();
            if (Fields.isBlankLine(line)) {
                continue;
            }
            List<String> f = Fields.split(line);
            if (!headerRead) {
                if (!f.equals(header)) {
                    throw new RouteInputException(source, n, "expected the " + file + " header '"
                            + String.join(" ", header) + "', found " + Fields.quote(line));
                }
                headerRead = true;
                continue;
            }
            routes.add(row(source, n, line, f));
        }
        if (!headerRead) {
            throw new RouteInputException(source, "expected the " + file + " header, found no lines");
        }
        return routes.build();
    }
}
