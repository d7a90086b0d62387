package dev.routediff.cli.args;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the known word closest to a mistyped one, when it is close enough to be the one meant. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * The candidate nearest to {@code typed} by edit distance (a swap of two neighbours counts as one edit), or null
     * when none is within a third of the word's length (at least one edit); ties go to the first candidate.
     */
    public static String closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, stripDashes(t).length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** {@code "; did you mean 'x'?"}, or "" when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        String c = closest(typed, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }

    private static String stripDashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        return s.substring(i);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
