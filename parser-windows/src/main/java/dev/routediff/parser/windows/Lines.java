package dev.routediff.parser.windows;

import dev.routediff.core.input.Fields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Shapes of route print lines that hold in every display language: only digits, dots and layout are relied on. */
final class Lines {

    /** {@code  12...00 15 5d 0e 76 41 ......Name} or {@code  1...........................Name}; XP put a blank before the dots. */
    static final Pattern INTERFACE_ROW = Pattern.compile("^\\s*(\\d{1,10})\\s?\\.\\.\\.(.*)$");

    /** The MAC part of an interface row: hex pairs (6, or 8 for tunnel adapters), blanks, then a run of dots. */
    static final Pattern MAC_AND_NAME = Pattern.compile("^([0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2})+)\\s+\\.+\\s?(.*)$");

    /** Table titles keep {@code IPv4}/{@code IPv6} in every translation seen (IPv4-Routentabelle, IPv4 Tabla de…). */
    private static final Pattern FAMILY_WORD = Pattern.compile("(?<![A-Za-z0-9])IPv([46])(?![0-9])");

    /*
     * Words of the display languages this parser has samples of (English, French, Spanish, German). They are needed
     * only where a paste starts below the structure that tells the same things in every language: a copy that begins
     * at "Active Routes:" or at the column header has no table title and no rule line above it.
     */
    private static final List<String> ACTIVE_TITLES = List.of(
            "active routes:", "itinéraires actifs :", "rutas activas:", "aktive routen:");
    private static final List<String> PERSISTENT_TITLES = List.of(
            "persistent routes:", "itinéraires persistants :", "rutas persistentes:", "ständige routen:");
    /** The first words of the IPv4 Active Routes header. */
    private static final List<String> IPV4_HEADERS = List.of(
            "network destination ", "destination réseau ", "destino de red ", "netzwerkziel ");
    /** The IPv6 header starts with {@code If} and the metric's name. */
    private static final List<String> IPV6_HEADERS = List.of(
            "if metric ", "if metrik ", "if métrique ", "if métrica ");
    /** The IPv4 Persistent Routes header (English only: no sample in another language shows one). */
    private static final List<String> PERSISTENT_HEADERS = List.of("network address ");

    private Lines() {
    }

    /** The line stripped, in lower case, its runs of blanks made one space (as a paste may have squeezed them). */
    static String normalized(String line) {
        return String.join(" ", Fields.split(line)).toLowerCase(Locale.ROOT);
    }

    /** An {@code Active Routes:} title in a known language. */
    static boolean isActiveTitle(String line) {
        return ACTIVE_TITLES.contains(normalized(line));
    }

    /** A {@code Persistent Routes:} title in a known language. */
    static boolean isPersistentTitle(String line) {
        return PERSISTENT_TITLES.contains(normalized(line));
    }

    /** 4 or 6 for a known Active Routes column header of that family, -4 for the IPv4 Persistent Routes one, else 0. */
    static int headerKind(String line) {
        String n = normalized(line) + " ";
        for (String h : IPV4_HEADERS) {
            if (n.startsWith(h)) {
                return 4;
            }
        }
        for (String h : IPV6_HEADERS) {
            if (n.startsWith(h)) {
                return 6;
            }
        }
        for (String h : PERSISTENT_HEADERS) {
            if (n.startsWith(h)) {
                return -4;
            }
        }
        return 0;
    }

    /**
     * A table title ({@code IPv4 Route Table}, {@code IPv4-Routentabelle}) where nothing above says one comes: an
     * unindented line naming one family, without the colon or dots of ipconfig's {@code IPv4 Address. . . :}.
     */
    static boolean isStandaloneTitle(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && titleFamily(line) != 0
                && line.indexOf(':') < 0 && line.indexOf(". ") < 0 && !line.strip().endsWith(".");
    }

    static String[] tokens(String line) {
        return Fields.split(line).toArray(new String[0]);
    }

    /**
     * A rule line: route print draws {@code =} lines (a copy may cut one short: 3 or more are enough); some copies end
     * with a {@code -} line instead, taken only when long, since a short one could be anything.
     */
    static boolean isSeparator(String line) {
        String t = line.strip();
        if (t.length() < 3) {
            return false;
        }
        char c = t.charAt(0);
        if (c != '=' && (c != '-' || t.length() < 20)) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** 4 or 6 when the line names exactly one family the way a table title does, else 0. */
    static int titleFamily(String line) {
        var m = FAMILY_WORD.matcher(line);
        int found = 0;
        while (m.find()) {
            int f = m.group(1).equals("4") ? 4 : 6;
            if (found != 0 && found != f) {
                return 0;
            }
            found = f;
        }
        return found;
    }

    /**
     * Section titles ({@code Active Routes:}, {@code Itinéraires actifs :}) are unindented lines ending in ':'. An
     * IPv6 row whose If has three digits is unindented too and may end in ':' ({@code 2001:db8::}), hence the digit test.
     */
    static boolean isSectionTitle(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !Character.isDigit(line.charAt(0))
                && line.strip().endsWith(":");
    }

    /** {@code None}, {@code Aucun}, {@code Ninguno}, {@code Keine}: an indented word or two, no digits or punctuation. */
    static boolean isNone(String line) {
        if (line.isEmpty() || !Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        String[] t = tokens(line);
        if (t.length == 0 || t.length > 2) {
            return false;
        }
        for (String w : t) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Text that could be a DNS name: ASCII letters, digits, '-' and '.', with at least one letter. */
    static boolean looksLikeName(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_') {
                return false;
            }
        }
        return letter;
    }

    /**
     * The gateway of a directly connected route. English prints {@code On-link}; translations print a phrase
     * ({@code En vínculo}, {@code Auf Verbindung}), so a gateway with a blank or a non-ASCII letter is one too.
     * A single ASCII word other than On-link could be a host name and is not accepted as on-link.
     */
    static boolean isOnLink(String gateway) {
        if (gateway.equalsIgnoreCase("On-link")) {
            return true;
        }
        if (gateway.indexOf(' ') >= 0) {
            return true;
        }
        for (int i = 0; i < gateway.length(); i++) {
            if (gateway.charAt(i) > 0x7F && Character.isLetter(gateway.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
