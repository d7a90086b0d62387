package dev.routediff.core.input;

import dev.routediff.core.model.Route;
import dev.routediff.core.spi.RouteInputException;

/**
 * Reads a route metric as dumps print it, so every parser refuses the same things with the same line: only ASCII
 * digits (an Arabic-Indic or full-width digit is not what a kernel prints, and {@code Long.parseLong} would take
 * it), and no more than {@link Route#MAX_METRIC}, the 32 unsigned bits Linux and Windows store.
 */
public final class Metrics {

    private Metrics() {
    }

    /** The metric of {@code text}, or a {@link RouteInputException} naming {@code source}:{@code line}. */
    public static long parse(String source, int line, String text) {
        long v = valueOf(text);
        if (v < 0) {
            throw new RouteInputException(source, line, "metric must be a whole number 0.." + Route.MAX_METRIC
                    + ", found " + Fields.quote(text));
        }
        return v;
    }

    /** The metric of {@code text}, or -1 when it is not a whole number 0..{@link Route#MAX_METRIC}. */
    public static long valueOf(String text) {
        int n = text.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= Route.MAX_METRIC ? v : -1;
    }
}
