package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One run over one input: the state of a parse lives here so that {@link MacosNetstatParser} stays stateless.
 *
 * <p>Line by line (reference §2 and §11): an optional {@code Routing tables} first line, then per section an
 * {@code Internet:} or {@code Internet6:} title, a {@code Destination …} header and rows. Blank and
 * whitespace-only lines are skipped anywhere. Whole lines of netstat's stderr ({@code netstat: …},
 * {@code illegal prefixlen}) are skipped too, for callers that merged the streams with {@code 2>&1}; stderr text
 * spliced into the middle of a row is not recognised and fails that row.
 */
final class TableReader {

    private final Rows.Shared shared = new Rows.Shared();

    private final String source;
    private final List<Route> routes = new ArrayList<>();
    private AddressFamily sectionFamily;
    private Header header;
    private boolean seenContent;

    TableReader(String source) {
        this.source = source;
    }

    RouteTable read(Reader input) throws IOException {
        // LineSource ends lines at LF, CRLF or CR, and caps their length so a blob without line breaks fails
        // with one line naming the source instead of filling the heap.
        LineSource in = new LineSource(input, source);
        for (String raw = in.next(); raw != null; raw = in.next()) {
            int lineNumber = in.lineNumber();
            String line = Fields.stripTrailing(raw);
            if (line.isEmpty() || isStderrNoise(line)) {
                continue;
            }
            try {
                readLine(line, lineNumber);
            } catch (RowProblem p) {
                throw new RouteInputException(source, lineNumber, p.getMessage());
            }
            seenContent = true;
        }
        return new RouteTable(source, MacosNetstatParser.ID, routes);
    }

    private void readLine(String line, int lineNumber) {
        if (line.equals("Routing tables")) {
            if (seenContent) {
                throw new RowProblem("expected a route row, found a second 'Routing tables' line: give one dump"
                        + " per input");
            }
            return;
        }
        if (Header.isHeaderLine(line)) {
            header = Header.parse(line, sectionFamily);
            return;
        }
        if (isSectionTitle(line)) {
            sectionFamily = familyOf(line);
            header = null;
            return;
        }
        if (header == null) {
            throw new RowProblem(Header.EXPECTED + " before the first route, found '" + line.strip() + "'");
        }
        routes.add(Rows.parse(Fields.split(line), header, lineNumber, shared));
    }

    /** A row ends in a Netif name or an Expire value, never in a colon; titles always do. */
    private static boolean isSectionTitle(String line) {
        return line.charAt(line.length() - 1) == ':' && !Fields.isBlank(line.charAt(0));
    }

    private static AddressFamily familyOf(String title) {
        return switch (title) {
            case "Internet:" -> AddressFamily.INET;
            case "Internet6:" -> AddressFamily.INET6;
            default -> throw new RowProblem("expected a section title 'Internet:' or 'Internet6:', found '"
                    + title.strip() + "' (only IPv4 and IPv6 tables are read; use -f inet or -f inet6)");
        };
    }

    private static boolean isStderrNoise(String line) {
        return line.startsWith("netstat: ") || line.strip().equals("illegal prefixlen");
    }
}
