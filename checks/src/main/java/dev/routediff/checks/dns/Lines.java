package dev.routediff.checks.dns;

import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The lines of a resolver configuration, and the address parsing every reader shares. */
final class Lines {

    private Lines() {
    }

    /** Every line, line ends removed (CRLF and a trailing blank included); numbering from 1. */
    static List<String> read(Reader in, String source) throws IOException {
        LineSource lines = new LineSource(in, source);
        List<String> out = new ArrayList<>();
        for (String l = lines.next(); l != null; l = lines.next()) {
            out.add(l.stripTrailing());
        }
        return out;
    }

    /**
     * An address as resolver tools print it: a trailing {@code (Preferred)} or {@code #server-name} (DNS over TLS)
     * or {@code %scope} kept as the zone.
     */
    static IpAddress address(String token) {
        String t = token.strip();
        int hash = t.indexOf('#');
        if (hash > 0) {
            t = t.substring(0, hash);
        }
        int paren = t.indexOf('(');
        if (paren > 0) {
            t = t.substring(0, paren);
        }
        return IpAddress.tryParse(t);
    }

    static IpAddress required(String token, String source, int line, String what) {
        IpAddress a = address(token);
        if (a == null) {
            throw new RouteInputException(source, line, "expected an IP address " + what + ", found '"
                    + token.strip() + "'");
        }
        return a;
    }

    /** The text after the first {@code :}, stripped, or "" when there is none. */
    static String value(String line) {
        int c = line.indexOf(':');
        return c < 0 ? "" : line.substring(c + 1).strip();
    }
}
