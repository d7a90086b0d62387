package dev.routediff.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleOption;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.PluginShadow;
import dev.routediff.core.spi.RouteTableParser;
import java.util.List;
import java.util.Optional;

/**
 * The JSON documents of the commands but the route itself: a route, a table and a diff are written by
 * {@link JsonTableWriter} alone. Key names follow jc where jc has one (destination, gateway, flags, iface, expire), so
 * jq users feel at home; docs/json.md lists them all.
 */
public final class JsonViews {

    // made on first use: an ObjectMapper loads some 500 classes, and a text diff, which holds a JsonViews for its
    // --format json case, would pay for them at every start
    private ObjectMapper mapper;

    /** {@code "rules": [{"priority", "rule", "line"}…]}, Linux policy rules, only when the table has any. */
    public void policyRules(ObjectNode n, RouteTable t) {
        if (t.policy().isEmpty()) {
            return;
        }
        ArrayNode rules = n.putArray("rules");
        for (PolicyRule r : t.policy().rules()) {
            ObjectNode o = rules.addObject();
            o.put("priority", r.priority());
            o.put("rule", r.text());
            o.put("line", r.line());
        }
    }

    /** {@code {"lookups": [...]}}; {@code before} and {@code moved} only when there was a table before. */
    public ObjectNode lookups(List<LookupRow> rows, boolean withBefore) {
        return lookups(rows, withBefore, null);
    }

    /**
     * As {@link #lookups(List, boolean)}, with {@code warnings} about the two tables when not null; an entry whose
     * address came from a host name has {@code host}, the name as given.
     */
    public ObjectNode lookups(List<LookupRow> rows, boolean withBefore, List<Warning> warnings) {
        ObjectNode n = mapper().createObjectNode();
        ArrayNode lookups = n.putArray("lookups");
        for (LookupRow row : rows) {
            ObjectNode o = lookups.addObject();
            if (row.host() != null) {
                o.put("host", row.host());
            }
            o.put("address", row.after().address().toString());
            path(o, row.after().route());
            o.put("why", row.after().why());
            if (row.after().rule() != null) {
                o.put("rule", row.after().rule()); // Linux policy routing: the rule that chose the table
            }
            if (withBefore) {
                path(o.putObject("before"), row.before().flatMap(Lookup::route));
                o.put("moved", row.move().map(Move::label).orElse(null));
            }
        }
        if (warnings != null) {
            RuleViews.warningsJson(n, warnings);
        }
        return n;
    }

    /** destination, gateway and iface of the chosen route; nulls when there is none. */
    private static void path(ObjectNode o, Optional<Route> route) {
        o.put("destination", route.map(r -> r.destination().toString()).orElse(null));
        o.put("gateway", route.map(r -> r.gateway().text()).orElse(null));
        o.put("iface", route.map(Route::iface).orElse(null));
    }

    public ObjectNode plugins(PluginRegistry registry) {
        ObjectNode n = mapper().createObjectNode();
        ArrayNode parsers = n.putArray("parsers");
        for (Plugin<RouteTableParser> p : registry.parsers()) {
            ObjectNode o = parsers.addObject();
            o.put("id", p.id());
            o.put("version", p.version());
            o.put("source", p.source());
            o.put("origin", p.origin().label());
            ArrayNode platforms = o.putArray("platforms");
            p.provider().info().platforms().forEach(platforms::add);
            ArrayNode commands = o.putArray("commands");
            p.provider().info().commands().forEach(commands::add);
        }
        ArrayNode ruleSets = n.putArray("rule_sets");
        for (Plugin<RuleSet> p : registry.ruleSets()) {
            ObjectNode o = ruleSets.addObject();
            o.put("id", p.id());
            o.put("version", p.version());
            o.put("source", p.source());
            o.put("origin", p.origin().label());
            o.put("priority", p.provider().info().priority());
            ArrayNode options = o.putArray("options");
            for (RuleOption opt : p.provider().info().options()) {
                ObjectNode x = options.addObject();
                x.put("name", opt.name());
                x.put("kind", opt.kind().name().toLowerCase(java.util.Locale.ROOT));
                x.put("repeatable", opt.repeatable());
                x.put("help", opt.help());
            }
            o.put("explains_by_pattern", p.provider().explainsByPattern());
            ArrayNode rules = o.putArray("rules");
            for (dev.routediff.core.rules.RuleInfo r : p.provider().info().rules()) {
                ObjectNode x = rules.addObject();
                x.put("id", r.id());
                x.put("name", r.name());
                x.put("summary", r.summary());
                x.put("source", r.source());
                ArrayNode forms = x.putArray("forms");
                for (dev.routediff.core.rules.RowForm f : r.forms()) {
                    ObjectNode y = forms.addObject();
                    y.put("platform", f.platform().id());
                    y.put("form", f.form());
                    y.put("inferred", f.inferred());
                }
            }
        }
        ArrayNode diagnoses = n.putArray("diagnoses");
        for (Plugin<dev.routediff.core.check.Diagnosis> p : registry.diagnoses()) {
            ObjectNode o = diagnoses.addObject();
            o.put("id", p.id());
            o.put("version", p.version());
            o.put("source", p.source());
            o.put("origin", p.origin().label());
            o.put("rule_set", p.provider().info().ruleSet());
            ArrayNode codes = o.putArray("codes");
            p.provider().info().codes().forEach(codes::add);
        }
        ArrayNode dnsReaders = n.putArray("dns_readers");
        for (Plugin<dev.routediff.core.check.DnsReader> p : registry.dnsReaders()) {
            ObjectNode o = dnsReaders.addObject();
            o.put("id", p.id());
            o.put("version", p.version());
            o.put("source", p.source());
            o.put("origin", p.origin().label());
            ArrayNode commands = o.putArray("commands");
            p.provider().commands().forEach(commands::add);
        }
        ArrayNode problems = n.putArray("problems");
        registry.problems().forEach(pr -> problems.add(pr.line()));
        ArrayNode shadowed = n.putArray("shadowed");
        for (PluginShadow sh : registry.shadows()) {
            ObjectNode o = shadowed.addObject();
            o.put("id", sh.shadowed().id());
            o.put("service", sh.service());
            o.put("source", sh.shadowed().source());
            o.put("origin", sh.shadowed().origin().label());
            o.put("by", sh.winner().source());
        }
        return n;
    }

    public ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    /** Two-space indented JSON with one trailing newline. */
    public String write(ObjectNode node) {
        try {
            return mapper().writer(JsonLayout.prettyPrinter()).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
