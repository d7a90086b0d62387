package dev.routediff.core.spi;

/** The shape of a plugin id: it is typed on command lines and stored in scripts, so it is kept plain. */
public final class PluginIds {

    private PluginIds() {
    }

    public static String requireValid(String id) {
        if (id == null || !id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("plugin id '" + id + "' must be lower-case words joined by '-'");
        }
        return id;
    }
}
