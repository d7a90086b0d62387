package dev.routediff.parser.macos;

import java.util.ArrayList;
import java.util.List;

/** Splitting on runs of blanks by hand: with {@code -n} no netstat field contains a blank, so this is exact. */
final class Tokens {

    private Tokens() {
    }

    static List<String> split(String line) {
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

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** True for a line holding nothing but blanks (jc turns such a line into a bogus route; we skip it). */
    static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String s) {
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

    /** The line without trailing blanks (netstat pads rows with 7 blanks when there is no expiry). */
    static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }
}
