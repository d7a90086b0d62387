package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
/**
 * Decides whether a sample is macOS {@code netstat -rn} output. FreeBSD prints the same skeleton
 * ({@code Routing tables}, {@code Internet:}, {@code Destination Gateway Flags Netif Expire}), so the decision rests
 * on what differs (reference §3, §4, §14):
 *
 * <ul>
 *   <li>The Flags column. macOS pads flags to 10 characters plus a space and right-aligns the next column (Netif,
 *       7 to 14 wide, or Refs, 6 wide), so the header has at least 8 blanks after {@code Flags}: 8 (Refs, or Netif 7
 *       on 10.15–11), 9, 11 or 15. FreeBSD's header has 5; the hand-edited jackpal darwin files have 6.</li>
 *   <li>The Destination width. With {@code -n}, macOS puts {@code Gateway} at column 19 (IPv4, or any table without
 *       {@code -n}), 40 (IPv6) or 54 (IPv6 with {@code -W}); FreeBSD's IPv6 header has it at 34.</li>
 *   <li>Network destinations. macOS drops trailing zero octets ({@code 192.168.71}, {@code 172.16/24}), so it never
 *       prints four octets ending in {@code .0} before a {@code /len}; FreeBSD prints full CIDRs
 *       ({@code 192.168.71.0/24}, {@code 172.31.16.0/20}).</li>
 * </ul>
 *
 * Any of these FreeBSD signs scores 0: a wrong claim would give silently different destinations, a refusal only
 * asks for {@code --parser}. The jackpal darwinBadRoute/darwinNoRoute files show two of the signs (6 blanks,
 * {@code 10.88.88.0/24}) and are refused too; forced with {@code --parser macos-netstat} they still parse.
 */
final class Detection {

    static final int CERTAIN = 90;
    static final int BARE_TABLE = 50;
    static final int EMPTY_TABLE = 10;

    private static final int MIN_FLAGS_GAP = 8;

    private Detection() {
    }

    static int score(String sample) {
        boolean routingTables = false;
        boolean bare = false;
        boolean anyContent = false;
        boolean squeezedHeader = false;
        boolean macosRow = false;
        int headers = 0;
        int from = 0;
        while (from < sample.length()) {
            int nl = sample.indexOf('\n', from);
            int to = nl < 0 ? sample.length() : nl;
            String line = Fields.stripTrailing(stripCr(sample.substring(from, to)));
            from = to + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (!anyContent) {
                anyContent = true;
                // a tab-separated copy has "Routing<TAB>tables": blanks of any kind and number are one
                routingTables = String.join(" ", Fields.split(line)).equals("Routing tables");
                bare = line.equals("Internet:") || line.equals("Internet6:") || Header.isHeaderLine(line);
                if (!routingTables && !bare) {
                    return 0;
                }
            }
            if (Header.isHeaderLine(line)) {
                // The sample may end inside a line: a cut-off header proves nothing either way.
                boolean cutOff = nl < 0 && headers > 0;
                if (squeezed(line)) {
                    squeezedHeader = true; // a paste lost the padding: the rows must show macOS instead
                } else if (!macosHeader(line) && !cutOff) {
                    return 0;
                }
                headers++;
            } else if (fullCidrZeroOctet(line)) {
                return 0;
            } else if (headers > 0 && macosRow(line)) {
                macosRow = true;
            }
        }
        if (squeezedHeader && !macosRow) {
            return 0;
        }
        if (headers == 0) {
            // Only "Routing tables": what macOS prints for a family without routes; FreeBSD would print the same.
            return routingTables ? EMPTY_TABLE : 0;
        }
        return routingTables ? CERTAIN : BARE_TABLE;
    }

    private static boolean macosHeader(String line) {
        int gateway = line.indexOf(" Gateway") + 1;
        int flags = line.indexOf(" Flags") + 1;
        if (gateway <= 0 || flags <= 0 || line.indexOf("Netif") < 0) {
            return false;
        }
        int gap = 0;
        for (int i = flags + 5; i < line.length() && Fields.isBlank(line.charAt(i)); i++) {
            gap++;
        }
        return gap >= MIN_FLAGS_GAP && (gateway == 19 || gateway == 40 || gateway == 54);
    }

    /** A header whose padding a paste squeezed to single blanks: its spacing says nothing about the platform. */
    private static boolean squeezed(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Fields.isBlank(line.charAt(i)) && Fields.isBlank(line.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row only macOS prints: a destination with trailing zero octets dropped ({@code 127}, {@code 10.243/27},
     * {@code 169.254}; FreeBSD prints full addresses), or the {@code c} (cloning) flag FreeBSD no longer has.
     */
    private static boolean macosRow(String line) {
        java.util.List<String> t = Fields.split(line);
        if (t.size() < 4) {
            return false;
        }
        String dest = t.get(0);
        int slash = dest.indexOf('/');
        String addr = slash < 0 ? dest : dest.substring(0, slash);
        int dots = 0;
        boolean digits = !addr.isEmpty();
        for (int i = 0; i < addr.length() && digits; i++) {
            char c = addr.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                digits = false;
            }
        }
        return digits && dots < 3 || t.get(2).indexOf('c') > 0 && t.get(2).charAt(0) == 'U';
    }

    /** True when the line starts with {@code a.b.c.0/len}: FreeBSD's full CIDR, never printed by macOS. */
    private static boolean fullCidrZeroOctet(String line) {
        int end = 0;
        while (end < line.length() && !Fields.isBlank(line.charAt(end))) {
            end++;
        }
        int slash = line.indexOf('/');
        if (slash < 0 || slash > end || slash < 2 || line.charAt(slash - 1) != '0' || line.charAt(slash - 2) != '.') {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < slash; i++) {
            char c = line.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
