package dev.routediff.core.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The small text operations every column-based route dump needs, written by hand because they run once per row:
 * a regular expression per line costs more than the rest of the parse.
 */
public final class Fields {

    /** How much of an offending value a message quotes, so that a pasted blob still gives a readable line. */
    public static final int QUOTE_LIMIT = 80;

    private Fields() {
    }

    /** Blank as route dumps use it: space, tab, and the rarer ASCII separators a copy may carry. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\r';
    }

    /** The fields of a line: the runs of non-blank characters, in order. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>(12);
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    /** True for an empty line or one holding nothing but blanks. */
    public static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for a non-empty run of ASCII digits. */
    public static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The line without trailing blanks (netstat pads rows, editors strip them: both must read the same). */
    public static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    /** Text quoted for a one-line message: stripped, cut to {@link #QUOTE_LIMIT} characters, in single quotes. */
    public static String quote(String s) {
        String t = s.strip();
        return "'" + (t.length() > QUOTE_LIMIT ? t.substring(0, QUOTE_LIMIT - 3) + "..." : t) + "'";
    }
}
