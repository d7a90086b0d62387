package dev.routediff.core.spi;

/**
 * Where a plugin was found. The order is the precedence: only a {@link #USER} plugin may shadow one found earlier,
 * because the user put it there on purpose; anything else with a taken id is a packaging mistake.
 */
@Api(Api.Status.INTERNAL)
public enum PluginOrigin {
    /** On the application's class path: inside routediff.jar. */
    BUILT_IN("built-in"),
    /** A jar in the {@code plugins/} folder next to routediff.jar, put there by the build. */
    BUNDLED("bundled"),
    /** A jar in a folder the user named: {@code plugins/} beside the launcher, --plugin-path, ROUTEDIFF_PLUGIN_PATH. */
    USER("user");

    private final String label;

    PluginOrigin(String label) {
        this.label = label;
    }

    /** The word shown by {@code routediff plugins}. */
    public String label() {
        return label;
    }
}
