package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.model.AddressFamily;
import java.util.List;

/**
 * The column header of one section, read from its {@code Destination …} line: columns differ per macOS version and
 * per {@code -l} level (Refs, Use, Mtu, RT_IFA, rtt…), so each section brings its own.
 *
 * @param columns    the header words in order
 * @param family     the section's address family; null under a squeezed header with no section title, until the
 *                   first row shows it
 * @param flags      index of {@code Flags}
 * @param netif      index of {@code Netif}
 * @param rtIfa      index of {@code RT_IFA}, or -1
 * @param hasExpire  whether {@code Expire} directly follows {@code Netif}
 */
record Header(List<String> columns, AddressFamily family, int flags, int netif, int rtIfa, boolean hasExpire) {

    static final String EXPECTED = "expected a 'Destination Gateway Flags … Netif' header";

    Header {
        columns = List.copyOf(columns);
    }

    static boolean isHeaderLine(String line) {
        return line.startsWith("Destination") && (line.length() == 11 || Fields.isBlank(line.charAt(11)));
    }

    /**
     * Reads a header line. {@code family} is the section title's, or null when the input starts at a header
     * (a partial paste); then the family comes from the width netstat -n gives the Destination column.
     */
    static Header parse(String line, AddressFamily family) {
        List<String> cols = Fields.split(line);
        int flags = cols.indexOf("Flags");
        int netif = cols.indexOf("Netif");
        if (cols.size() < 4 || !cols.get(1).equals("Gateway") || flags < 2 || netif <= flags) {
            throw new RowProblem(EXPECTED + ", found '" + line.strip() + "'");
        }
        int rtIfa = cols.indexOf("RT_IFA");
        if (rtIfa >= 0 && rtIfa != 2) {
            throw new RowProblem(EXPECTED + " with RT_IFA right after Gateway, found '" + line.strip() + "'");
        }
        if (rtIfa < 0 && flags != 2) {
            throw new RowProblem(EXPECTED + " with Flags right after Gateway, found '" + line.strip() + "'");
        }
        boolean hasExpire = netif + 1 < cols.size() && cols.get(netif + 1).equals("Expire");
        AddressFamily f = family != null ? family : squeezed(line) ? null : familyFromWidth(line);
        return new Header(cols, f, flags, netif, rtIfa, hasExpire);
    }

    /** The same header for a known family: a squeezed bare header's family comes from its first row. */
    Header withFamily(AddressFamily f) {
        return new Header(columns, f, flags, netif, rtIfa, hasExpire);
    }

    /** No two blanks in a row: a paste squeezed the padding, so the column widths tell nothing. */
    private static boolean squeezed(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Fields.isBlank(line.charAt(i)) && Fields.isBlank(line.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** netstat -n pads the IPv4 Destination column to 18 characters and the IPv6 one to 39 (53 with -W). */
    private static AddressFamily familyFromWidth(String line) {
        int gateway = line.indexOf("Gateway");
        if (gateway == 19) {
            return AddressFamily.INET;
        }
        if (gateway == 40 || gateway == 54) {
            return AddressFamily.INET6;
        }
        throw new RowProblem("expected a section title 'Internet:' or 'Internet6:' before this header: its spacing"
                + " does not show the address family, found '" + line.strip() + "'");
    }

    /** Header names of the numeric columns between Flags and Netif (Refs, Use, Mtu), in order. */
    List<String> numericColumns() {
        return columns.subList(flags + 1, netif);
    }

    /** Header names after Netif other than Expire ({@code -ll}'s rtt columns and the like). */
    List<String> trailingColumns() {
        return columns.subList(netif + (hasExpire ? 2 : 1), columns.size());
    }
}
