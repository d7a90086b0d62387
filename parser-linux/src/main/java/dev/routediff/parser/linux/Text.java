package dev.routediff.parser.linux;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for the row-splitting formats. */
final class Text {

    private Text() {
    }

    /** Fields separated by runs of blanks or tabs; leading and trailing blanks give no empty fields. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
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

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line quoted for a message, cut so that a pasted blob still gives a one-line, readable error. */
    static String quote(String s) {
        String t = s.strip();
        return "'" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "'";
    }

    /** The lines of a detection sample, without a last line the sample may have cut in the middle. */
    static List<String> completeLines(String sample) {
        List<String> lines = new ArrayList<>(List.of(sample.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty()) {
            // the sample ends on a line break (last element empty) or inside a line that may be cut short
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static boolean isDecimal(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        int i = s.charAt(0) == '-' && s.length() > 1 ? 1 : 0;
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
