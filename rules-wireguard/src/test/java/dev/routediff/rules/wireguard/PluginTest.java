package dev.routediff.rules.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.spi.PluginRegistry;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PluginTest {

    @Test
    void theRuleSetIsFoundByServiceLoader() {
        List<String> ids = ServiceLoader.load(RuleSet.class).stream().map(p -> p.get().info().id()).toList();
        assertEquals(List.of("wireguard"), ids);
        PluginRegistry registry = PluginRegistry.load(PluginTest.class.getClassLoader());
        assertTrue(registry.ruleSet("wireguard").isPresent());
        assertEquals(List.of(), registry.problems());
    }

    @Test
    void rulesAreNumberedNamedSourcedAndMarkedInferred() {
        List<RuleInfo> rules = new WireGuardRules().info().rules();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), rules.stream().map(RuleInfo::id).toList());
        assertEquals(rules.size(), rules.stream().map(RuleInfo::name).collect(Collectors.toSet()).size());
        for (RuleInfo r : rules) {
            assertTrue(r.source().startsWith("WG "), r.source());
            assertTrue(r.source().matches(".*\\d+.*"), "cites lines: " + r.source());
            assertEquals(List.of(), r.observedOn(), r.id());
        }
    }
}
