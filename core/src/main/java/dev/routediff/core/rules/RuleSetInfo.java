package dev.routediff.core.rules;

import dev.routediff.core.spi.PluginIds;
import java.util.List;
import java.util.Objects;

/**
 * @param id          stable id ({@code aws-client-vpn})
 * @param description one line
 * @param rules       the rules it applies, in their documented order
 */
public record RuleSetInfo(String id, String description, List<RuleInfo> rules) {

    public RuleSetInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
    }
}
