package dev.routediff.core.rules;

/** A configured destination that will not appear in the table, and why (e.g. 0.0.0.0/0 under split tunnel). */
public record SkippedRoute(String destination, String rule, String why) {
}
