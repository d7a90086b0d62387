package dev.routediff.core.spi;

/** The shape of a plugin id: it is typed on command lines and stored in scripts, so it is kept plain. */
public final class PluginIds {

    private PluginIds() {
    }

    public static String requireValid(String id) {
        if (!valid(id)) {
            throw new IllegalArgumentException("plugin id '" + id + "' must be lower-case words joined by '-'");
        }
        return id;
    }

    /**
     * {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, checked by hand: every run checks every built-in id, and the first regex
     * of a run costs more than the rest of the check.
     */
    static boolean valid(String id) {
        if (id == null || id.isEmpty() || !lower(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (i + 1 == id.length() || id.charAt(i + 1) == '-') {
                    return false;
                }
            } else if (!lower(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
