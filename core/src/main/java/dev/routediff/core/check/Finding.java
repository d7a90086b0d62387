package dev.routediff.core.check;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.StableCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with a route table, found by a {@link Diagnosis}.
 *
 * @param code     stable, documented id scripts match on ({@code vpn-route-shadowed})
 * @param severity error, warning or info
 * @param message  one sentence: what is wrong
 * @param fix      what the user can do about it
 * @param example  an address it affects and the route the table chooses for it, or null when none applies
 * @param evidence the rows that show it, with their source and line
 */
public record Finding(String code, Severity severity, String message, String fix, Example example,
                      List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        evidence = List.copyOf(evidence);
    }

    /** A finding with one of the diagnosis's stable codes. */
    public Finding(StableCode code, Severity severity, String message, String fix, Example example,
                   List<Evidence> evidence) {
        this(code.code(), severity, message, fix, example, evidence);
    }

    public Optional<Example> exampleIfAny() {
        return Optional.ofNullable(example);
    }

    /**
     * What happens to traffic to one address: the route the lookup engine chooses (empty: none), from which table.
     *
     * @param address the address
     * @param route   the chosen route, or empty when no route matches
     * @param source  the table it was looked up in
     */
    public record Example(IpAddress address, Optional<Route> route, String source) {
        public Example {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(source, "source");
        }

        /** The example from a lookup in {@code table}. */
        public static Example of(Lookup lookup, RouteTable table) {
            return new Example(lookup.address(), lookup.route(), table.source());
        }
    }

    /**
     * A row behind a finding.
     *
     * @param source the table's source (file name, or - for standard input)
     * @param route  the row; its {@link Route#line()} is the line in {@code source}
     */
    public record Evidence(String source, Route route) {
        public Evidence {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(route, "route");
        }

        public int line() {
            return route.line();
        }

        /** Each row of {@code routes}, from {@code table}. */
        public static List<Evidence> of(RouteTable table, List<Route> routes) {
            return routes.stream().map(r -> new Evidence(table.source(), r)).toList();
        }
    }
}
