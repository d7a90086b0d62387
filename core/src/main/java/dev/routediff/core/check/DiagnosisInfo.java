package dev.routediff.core.check;

import dev.routediff.core.spi.PluginIds;
import java.util.List;
import java.util.Objects;

/**
 * @param id          stable id of the diagnosis ({@code bridge-overlap})
 * @param description one line
 * @param codes       the finding codes it can report
 * @param ruleSet     the id of the rule set whose knowledge it needs, or "" for a diagnosis that runs whatever rule
 *                    set is chosen; {@code check} runs the generic ones and those of the chosen rule set
 */
public record DiagnosisInfo(String id, String description, List<String> codes, String ruleSet) {

    public DiagnosisInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        codes = List.copyOf(codes);
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /** A diagnosis that needs no rule set. */
    public DiagnosisInfo(String id, String description, List<String> codes) {
        this(id, description, codes, "");
    }

    public boolean generic() {
        return ruleSet.isEmpty();
    }
}
