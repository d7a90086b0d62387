package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.input.PasteCleaner;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;

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

    private final FastRows fast = new FastRows(shared);

    private final String source;
    private final RouteTable.Builder routes;
    private AddressFamily sectionFamily;
    private Header header;
    /** Whether the current section's rows may take {@link FastRows}. */
    private boolean fastSection;
    private int fastRowCount;
    private boolean seenContent;
    private int firstLine;

    private final boolean fastRowsAllowed;
    private final int parallelAfter;
    private final int batchLines;
    private ParallelRows parallel;

    TableReader(String source) {
        this(source, true, ParallelRows.START_AFTER, ParallelRows.BATCH_LINES);
    }

    /** {@code fastRowsAllowed} false reads every row the general way: the reference the fast path is tested against. */
    TableReader(String source, boolean fastRowsAllowed) {
        this(source, fastRowsAllowed, Integer.MAX_VALUE, ParallelRows.BATCH_LINES);
    }

    /**
     * {@code parallelAfter}: how many fast rows are read before {@link ParallelRows} takes over, in batches of
     * {@code batchLines} (tests lower both).
     */
    TableReader(String source, boolean fastRowsAllowed, int parallelAfter, int batchLines) {
        this.fastRowsAllowed = fastRowsAllowed;
        this.parallelAfter = parallelAfter;
        this.batchLines = batchLines;
        this.source = source;
        this.routes = RouteTable.builder(source, MacosNetstatParser.ID, 1024);
    }

    RouteTable read(Reader input) throws IOException {
        try {
            return readLines(input);
        } finally {
            if (parallel != null) {
                parallel.close();
            }
        }
    }

    private RouteTable readLines(Reader input) throws IOException {
        // LineSource ends lines at LF, CRLF or CR, and caps their length so a blob without line breaks fails
        // with one line naming the source instead of filling the heap.
        LineSource in = new LineSource(input, source);
        while (in.nextLine()) {
            int lineNumber = in.lineNumber();
            char[] chars = in.chars();
            int start = in.start();
            int end = start + in.length();
            while (end > start && Fields.isBlank(chars[end - 1])) {
                end--;
            }
            if (end == start) {
                continue;
            }
            if (fastSection && parallel != null && ParallelRows.isRowLine(chars, start, end)) {
                parallel.add(chars, start, end, lineNumber, header, routes);
                seenContent = true;
                continue;
            }
            if (parallel != null) {
                parallel.drain(routes); // everything before this line is in before it is looked at
            }
            if (fastSection && fast.tryAdd(chars, start, end, header.hasExpire(), lineNumber, routes)) {
                fastRowCount++;
                seenContent = true;
                if (parallel == null && fastRowCount >= parallelAfter) {
                    parallel = new ParallelRows(source, batchLines);
                }
                continue;
            }
            String line = new String(chars, start, end - start);
            if (isStderrNoise(line)) {
                continue;
            }
            if (firstLine == 0) {
                firstLine = lineNumber;
            }
            try {
                readLine(line, lineNumber);
            } catch (RowProblem p) {
                throw new RouteInputException(source, lineNumber, p.getMessage());
            }
            seenContent = true;
        }
        if (parallel != null) {
            parallel.drain(routes);
        }
        return routes.build();
    }

    /** How many rows {@link FastRows} read (for its tests). */
    int fastRowCount() {
        return fastRowCount;
    }

    private void readLine(String line, int lineNumber) {
        if (line.equals("Routing tables")
                || line.startsWith("Routing") && String.join(" ", Fields.split(line)).equals("Routing tables")) {
            if (seenContent) {
                throw PasteCleaner.secondTable(source, lineNumber, firstLine, "a second 'Routing tables'");
            }
            return;
        }
        if (Header.isHeaderLine(line)) {
            header = Header.parse(line, sectionFamily);
            fastSection = fastRowsAllowed && FastRows.suits(header);
            return;
        }
        if (isSectionTitle(line)) {
            sectionFamily = familyOf(line);
            header = null;
            fastSection = false;
            return;
        }
        if (header == null) {
            throw new RowProblem(Header.EXPECTED + " before the first route, found '" + line.strip() + "'");
        }
        if (header.family() == null) {
            // a bare table whose padding a paste squeezed: IPv6 rows carry a colon in the destination or gateway
            java.util.List<String> t = Fields.split(line);
            boolean v6 = t.get(0).indexOf(':') >= 0 || t.size() > 1 && t.get(1).indexOf(':') >= 0
                    && !t.get(1).startsWith("link#") && t.get(1).chars().filter(c -> c == ':').count() != 5;
            header = header.withFamily(v6 ? AddressFamily.INET6 : AddressFamily.INET);
            fastSection = fastRowsAllowed && FastRows.suits(header);
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
