package dev.routediff.parser.windows;

/**
 * Scores a sample by the skeleton of route print, which is the same in every display language: {@code =} rules,
 * interface rows ({@code  12...00 15 5d …}), and a title naming IPv4 or IPv6 right above a rule. No other
 * platform's route dump draws {@code =} rules. A paste cut below them ({@code IPv4 Route Table},
 * {@code Active Routes:} or the column header first, rules lost) is claimed when such a start is followed by rows of
 * route print's shapes: {@code dest mask gateway interface metric} with a netmask, or {@code If Metric dest/len}.
 */
final class Detection {

    /** Rules, a table title above a rule, and interface rows or route rows. */
    static final int CERTAIN = 95;
    /** Rules and a table title, but no row of any kind in the sample. */
    static final int TITLED = 80;
    /** No rule, but a table title, section title or column header of route print, and its rows. */
    static final int FRAGMENT = 85;
    /** Rules and an interface list only (a copy cut before the tables). */
    static final int INTERFACES_ONLY = 40;

    private static final int MAX_LINES = 4000;

    private Detection() {
    }

    static int score(String sample) {
        if (sample == null) {
            return 0;
        }
        String[] lines = sample.split("\r\n|\r|\n", MAX_LINES + 1);
        boolean rule = false;
        boolean title = false;
        boolean interfaces = false;
        boolean rows = false;
        boolean fragmentStart = false;
        String previous = "";
        for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String t = line.strip();
            if (Lines.isSeparator(line) && t.charAt(0) == '=') {
                rule = true;
                if (Lines.titleFamily(previous) != 0 && !Lines.isSectionTitle(previous)) {
                    title = true;
                }
            } else if (Lines.INTERFACE_ROW.matcher(line).matches()) {
                interfaces = true;
            } else if (isRouteRow(line)) {
                rows = true;
            } else if (Lines.isActiveTitle(line) || Lines.isPersistentTitle(line) || Lines.headerKind(line) != 0
                    || Lines.isStandaloneTitle(line) && Lines.normalized(line).matches("ipv[46][ -].*")) {
                fragmentStart = true;
            }
            previous = line;
        }
        if (!rule || !title) {
            if (fragmentStart && rows) {
                return FRAGMENT;
            }
        }
        if (!rule) {
            return 0;
        }
        if (title) {
            return interfaces || rows ? CERTAIN : TITLED;
        }
        return interfaces ? INTERFACES_ONLY : 0;
    }

    /** {@code dest mask gateway iface metric} with a dotted mask, or {@code If Metric dest/len [gateway]}. */
    private static boolean isRouteRow(String line) {
        String[] t = Lines.tokens(line);
        if (t.length >= 5 && Lines.isDigits(t[t.length - 1]) && t[0].chars().filter(c -> c == '.').count() == 3
                && t[1].startsWith("255.") || t.length >= 5 && t[1].equals("0.0.0.0") && t[0].equals("0.0.0.0")) {
            return true;
        }
        return t.length >= 3 && t.length <= 5 && Lines.isDigits(t[0]) && Lines.isDigits(t[1]) && t[2].indexOf(':') >= 0
                && t[2].indexOf('/') > 0;
    }
}
