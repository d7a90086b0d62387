package dev.routediff.core.spi;

import java.util.Objects;

/**
 * A discovered provider and where it came from.
 *
 * @param id       its stable id
 * @param version  Implementation-Version from its jar's manifest, or "unknown"
 * @param source   the jar (or class folder) it was loaded from
 * @param provider the instance
 */
public record Plugin<T>(String id, String version, String source, T provider) {

    public Plugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provider, "provider");
    }
}
