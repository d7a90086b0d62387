package dev.routediff.core.spi;

import java.util.Objects;

/**
 * A discovered provider and where it came from.
 *
 * @param id       its stable id
 * @param version  Implementation-Version from its jar's manifest, or "unknown"
 * @param source   the jar (or class folder) it was loaded from
 * @param origin   built into the application, bundled next to it, or installed by the user
 * @param provider the instance
 */
@Api(Api.Status.INTERNAL)
public record Plugin<T>(String id, String version, String source, PluginOrigin origin, T provider) {

    public Plugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(provider, "provider");
    }

    /** A provider found on the application's own class path. */
    public Plugin(String id, String version, String source, T provider) {
        this(id, version, source, PluginOrigin.BUILT_IN, provider);
    }
}
