package com.example.routediff.csv;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the route CSV some teams keep for each office: a header {@code destination,gateway,iface}, then one route a
 * line. {@code #} starts a comment line; blank lines are skipped. An empty gateway means the route is on the link.
 */
public final class CsvRoutesParser implements RouteTableParser {

    static final String ID = "csv-routes";
    static final String HEADER = "destination,gateway,iface";

    private static final ParserInfo INFO = new ParserInfo(ID, "Route CSV export (destination,gateway,iface)",
            List.of("any (spreadsheet export)"), List.of("netstat -rn, saved as CSV"));

    @Override
    public ParserInfo info() {
        return INFO;
    }

    /** Certain when the first real line is the header; the format has nothing else to recognise it by. */
    @Override
    public int detect(String sample) {
        for (String line : sample.split("\n", 50)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.equalsIgnoreCase(HEADER) ? 90 : 0;
        }
        return 0;
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        BufferedReader in = new BufferedReader(input);
        List<Route> routes = new ArrayList<>();
        boolean header = false;
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!t.equalsIgnoreCase(HEADER)) {
                    throw new RouteInputException(source, n, "expected the header '" + HEADER + "', found '" + t + "'");
                }
                header = true;
                continue;
            }
            routes.add(row(t, source, n));
        }
        if (!header) {
            throw new RouteInputException(source, "empty: expected the header '" + HEADER + "' and one route a line");
        }
        return new RouteTable(source, ID, routes);
    }

    private static Route row(String text, String source, int n) {
        String[] f = text.split(",", -1);
        if (f.length != 3) {
            throw new RouteInputException(source, n, "expected 3 fields (" + HEADER + "), found " + f.length);
        }
        String dest = f[0].strip();
        String gw = f[1].strip();
        String iface = f[2].strip();
        Prefix destination;
        if (dest.equals("default")) {
            destination = Prefix.DEFAULT_V4;
        } else {
            refuseNames(dest, source, n);
            try {
                destination = Prefix.parse(dest);
            } catch (IllegalArgumentException e) {
                throw new RouteInputException(source, n, e.getMessage());
            }
        }
        Gateway gateway;
        if (gw.isEmpty()) {
            gateway = new Gateway.Interface(iface);
        } else {
            refuseNames(gw, source, n);
            IpAddress a = IpAddress.tryParse(gw);
            if (a == null) {
                throw new RouteInputException(source, n, "'" + gw + "' is not an IP address");
            }
            gateway = new Gateway.Address(a);
        }
        boolean host = destination.length() == destination.address().family().bits();
        return new Route(destination.address().family(), destination, dest, host, gateway, RouteFlags.NONE, iface,
                Expire.NONE, n, Map.of());
    }

    /**
     * A name is not an address, and looking it up would give today's answer, not the one the table was made with:
     * refuse it and say how to get addresses.
     */
    private static void refuseNames(String token, String source, int n) {
        String addr = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
        if (IpAddress.tryParse(addr) == null && addr.chars().anyMatch(Character::isLetter)) {
            throw new RouteInputException(source, n, "expected an address, found the name '" + token
                    + "': export the table again from 'netstat -rn' (-n prints addresses, not names)");
        }
    }
}
