package dev.routediff.core.check;

import dev.routediff.core.rules.Warning;
import java.util.List;

/**
 * What {@code routediff check} found: the plain object every renderer (text, JSON, Markdown, HTML) consumes.
 *
 * @param table    the source of the table checked
 * @param before   the source of the table before, or null
 * @param findings what is wrong with the table, in the order the diagnoses reported them
 * @param warnings remarks about the inputs rather than the table (as in the other commands)
 */
public record CheckResult(String table, String before, List<Finding> findings, List<Warning> warnings) {

    public CheckResult {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** True when no finding is an error or a warning: info alone is clean. */
    public boolean clean() {
        return findings.stream().allMatch(f -> f.severity() == Severity.INFO);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
