package dev.routediff.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a plugin author can rely on a type: on a package (its types) or a type (overriding its package's marker).
 * Written here rather than taken from apiguardian because core depends on the JDK alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Api(Api.Status.STABLE)
public @interface Api {

    Status value();

    /** The plugin API version ({@link PluginApi#VERSION}) in which it got this status. */
    String since() default "1.0";

    enum Status {
        /** For plugin authors; changed or removed only in a new major API version. */
        STABLE,
        /** For plugin authors, but may change in a minor version; say in the plugin's README that it uses it. */
        EXPERIMENTAL,
        /** routediff's own: the host, the CLI and its speed machinery. Plugins must not use it. */
        INTERNAL
    }
}
