package dev.routediff.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The documented JSON of a table ({@code routediff parse --format json}, docs/json.md) as a Jackson tree, for golden
 * files: a golden file is compared as the tree it parses to, so its layout is free and no second JSON writer is kept
 * here. The CLI's one writer is checked against this tree.
 */
public final class GoldenJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GoldenJson() {
    }

    /** The table's JSON: parser, source, routes and, when the dump had them, Linux policy rules. */
    public static ObjectNode tree(RouteTable table) {
        ObjectNode n = NODES.objectNode();
        n.put("parser", table.parserId());
        n.put("source", table.source());
        ArrayNode routes = n.putArray("routes");
        table.routes().forEach(r -> routes.add(node(r)));
        if (!table.policy().isEmpty()) {
            ArrayNode rules = n.putArray("rules");
            for (PolicyRule r : table.policy().rules()) {
                rules.addObject().put("priority", r.priority()).put("rule", r.text()).put("line", r.line());
            }
        }
        return asParsed(n);
    }

    /** One route's JSON, keys in the documented order. */
    public static ObjectNode route(Route r) {
        return asParsed(node(r));
    }

    private static ObjectNode node(Route r) {
        ObjectNode n = NODES.objectNode();
        n.put("family", r.family().label());
        n.put("destination", r.destination().toString());
        n.put("destination_raw", r.destinationRaw());
        n.put("gateway", r.gateway().text());
        n.put("gateway_kind", r.gateway().kind());
        n.put("flags", r.flags().text());
        n.put("iface", r.iface());
        n.put("metric", r.metric());
        Expire e = r.expire();
        if (e instanceof Expire.Seconds s) {
            n.put("expire", s.seconds());
        } else if (e instanceof Expire.Expired) {
            n.put("expire", "!");
        } else {
            n.putNull("expire");
        }
        n.put("line", r.line());
        if (!r.attributes().isEmpty()) {
            ObjectNode a = n.putObject("attributes");
            for (Map.Entry<String, String> kv : r.attributes().entrySet()) {
                a.put(kv.getKey(), kv.getValue());
            }
        }
        return n;
    }

    /**
     * The tree as parsing its text gives it: JSON has one kind of number, but Jackson's trees tell an int from a long
     * (an expiry is a long, 753 reads back as an int), and a tree compared with a parsed file must not differ by that.
     */
    private static ObjectNode asParsed(ObjectNode n) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(n.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares {@code table}'s JSON with the golden file's, as trees; with {@code -Droutediff.golden.update=true}
     * rewrites the file instead (one route per line, for readable diffs in review).
     *
     * @param golden path of the expected file, relative to the module directory (Surefire's working directory)
     */
    public static void assertMatches(Path golden, RouteTable table) {
        ObjectNode actual = tree(table);
        ObjectMapper mapper = new ObjectMapper();
        try {
            if (GoldenFiles.updating()) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, text(actual, mapper), StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; create it with -D" + GoldenFiles.UPDATE_PROPERTY
                        + "=true and review it");
            }
            JsonNode expected = mapper.readTree(Files.readString(golden, StandardCharsets.UTF_8));
            assertEquals(expected, actual, () -> "output differs from " + golden + ": expected\n" + expected.toPrettyString()
                    + "\nactual\n" + actual.toPrettyString() + "\n(after review, regenerate with -D"
                    + GoldenFiles.UPDATE_PROPERTY + "=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as a golden file holds it: each route and rule on a line of its own. */
    private static String text(ObjectNode tree, ObjectMapper mapper) throws IOException {
        StringBuilder sb = new StringBuilder("{\"parser\": ")
                .append(mapper.writeValueAsString(tree.get("parser")))
                .append(", \"source\": ").append(mapper.writeValueAsString(tree.get("source")));
        for (String list : new String[] {"routes", "rules"}) {
            JsonNode items = tree.get(list);
            if (items == null) {
                continue;
            }
            sb.append(", \"").append(list).append("\": [\n");
            for (int i = 0; i < items.size(); i++) {
                sb.append("  ").append(mapper.writeValueAsString(items.get(i)))
                        .append(i + 1 < items.size() ? ",\n" : "\n");
            }
            sb.append(']');
        }
        return sb.append("}\n").toString();
    }
}
