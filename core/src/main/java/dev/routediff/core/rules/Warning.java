package dev.routediff.core.rules;

import java.util.Objects;

/**
 * Something the user should know. {@code code} is stable and documented (scripts match on it).
 *
 * @param destination the route concerned, or null
 */
public record Warning(String code, String message, String destination) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A warning with one of the rule set's stable codes. */
    public Warning(StableCode code, String message, String destination) {
        this(code.code(), message, destination);
    }
}
