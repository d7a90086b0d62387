package dev.routediff.parser.linux;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for the row-splitting formats. */
final class Text {

    private Text() {
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
