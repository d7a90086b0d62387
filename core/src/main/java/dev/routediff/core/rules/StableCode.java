package dev.routediff.core.rules;

import java.util.Locale;

/**
 * A stable code of a warning or a finding, which scripts match on: a constant of the reporting module's own enum,
 * printed as the constant's name in lower case with hyphens ({@code DUPLICATE_ROUTE} is "duplicate-route"), so that
 * the name in the code and the word in the output cannot drift apart.
 */
public interface StableCode {

    /** The constant's name; an enum implements it. */
    String name();

    /** The code as printed and documented: "duplicate-route". */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
