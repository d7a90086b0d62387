package dev.routediff.rules.clientvpn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON the AWS CLI prints for {@code aws ec2 describe-client-vpn-endpoints} and
 * {@code describe-client-vpn-routes}. The API declares no required members, so every field inside an item is
 * optional and unknown fields are ignored; only the result key ({@code ClientVpnEndpoints}, {@code Routes}) must be
 * there, so that a file of the wrong command is not read as "nothing configured". Problems are reported as one-line
 * {@link RouteInputException}s naming the file and the JSON path ({@code $.ClientVpnEndpoints[0].SplitTunnel}).
 */
public final class AwsCliJson {

    /** These outputs are a few kilobytes; the limits only stop a wrong or hostile file early. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(16L * 1024 * 1024)
            .maxNestingDepth(64)
            .maxStringLength(1024 * 1024)
            .maxNumberLength(64)
            .maxNameLength(1024)
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private static final Set<String> TRAFFIC_TYPES = Set.of("ipv4", "ipv6", "dual-stack");

    private AwsCliJson() {
    }

    /**
     * What the rules use of one endpoint; a null field was absent.
     *
     * @param trafficIpAddressType ipv4, ipv6 or dual-stack
     */
    public record Endpoint(String id, Prefix clientCidr, Boolean splitTunnel, Boolean routeEnforcement,
                           String trafficIpAddressType) {

        /** True when IPv6 traffic goes through the tunnel, so IPv6 routes are pushed. */
        public boolean carriesIpv6() {
            return "ipv6".equals(trafficIpAddressType) || "dual-stack".equals(trafficIpAddressType);
        }
    }

    /**
     * @param active     the destinations of active routes, each once, in file order (IPv4 and IPv6)
     * @param notActive  routes left out because their status is not active
     * @param paginated  true when the file carries a NextToken, so more routes exist
     */
    public record Routes(List<Prefix> active, List<SkippedRoute> notActive, boolean paginated) {
        public Routes {
            active = List.copyOf(active);
            notActive = List.copyOf(notActive);
        }
    }

    /**
     * Reads describe-client-vpn-endpoints output holding exactly one endpoint. Several endpoints are an error rather
     * than "take the first": predicting for the wrong endpoint would look right and be wrong.
     *
     * @param name the file as the user named it, used in messages
     */
    public static Endpoint readEndpoint(Path file, String name) {
        return endpoint(read(file, name), name);
    }

    /** As {@link #readEndpoint(Path, String)}, from a stream (the fuzz tests' way in). */
    static Endpoint readEndpoint(InputStream in, String name) {
        return endpoint(read(in, name), name);
    }

    private static Endpoint endpoint(JsonNode root, String name) {
        Walker w = new Walker(name);
        JsonNode list = w.requiredArray(root, "$", "ClientVpnEndpoints",
                "the output of aws ec2 describe-client-vpn-endpoints");
        if (list.size() != 1) {
            throw new RouteInputException(name, "$.ClientVpnEndpoints: " + list.size()
                    + " endpoints, expected exactly one (select it with --client-vpn-endpoint-ids)");
        }
        String at = "$.ClientVpnEndpoints[0]";
        JsonNode e = w.object(list.get(0), at);
        String id = w.string(e, at, "ClientVpnEndpointId");
        String cidrText = w.string(e, at, "ClientCidrBlock");
        Prefix cidr = cidrText == null ? null : w.cidr(cidrText, at + ".ClientCidrBlock");
        Boolean split = w.bool(e, at, "SplitTunnel");
        JsonNode cre = w.optionalObject(e, at, "ClientRouteEnforcementOptions");
        Boolean enforced = cre == null ? null : w.bool(cre, at + ".ClientRouteEnforcementOptions", "Enforced");
        String traffic = w.string(e, at, "TrafficIpAddressType");
        if (traffic != null && !TRAFFIC_TYPES.contains(traffic)) {
            throw w.problem(at + ".TrafficIpAddressType", "expected ipv4, ipv6 or dual-stack, found "
                    + Walker.shown(e.get("TrafficIpAddressType")));
        }
        return new Endpoint(id, cidr, split, enforced, traffic);
    }

    /** Reads describe-client-vpn-routes output: active destinations once each (one row per associated subnet). */
    public static Routes readRoutes(Path file, String name) {
        return routes(read(file, name), name);
    }

    /** As {@link #readRoutes(Path, String)}, from a stream (the fuzz tests' way in). */
    static Routes readRoutes(InputStream in, String name) {
        return routes(read(in, name), name);
    }

    private static Routes routes(JsonNode root, String name) {
        Walker w = new Walker(name);
        JsonNode list = w.requiredArray(root, "$", "Routes", "the output of aws ec2 describe-client-vpn-routes");
        Set<Prefix> active = new LinkedHashSet<>();
        List<SkippedRoute> notActive = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.Routes[" + i + "]";
            JsonNode r = w.object(list.get(i), at);
            String dest = w.string(r, at, "DestinationCidr");
            if (dest == null) {
                continue;
            }
            Prefix p = w.cidr(dest, at + ".DestinationCidr");
            JsonNode status = w.optionalObject(r, at, "Status");
            // A hand-written file may leave Status out; the CLI always prints it, so absent means nothing known.
            String code = status == null ? null : w.string(status, at + ".Status", "Code");
            if (code == null || code.equals("active")) {
                active.add(p);
            } else {
                notActive.add(new SkippedRoute(p.toString(), ClientVpnRule.PUSHED_ROUTE.id(),
                        "route status is " + code + "; only active routes are pushed"));
            }
        }
        JsonNode token = root.get("NextToken");
        boolean paginated = token != null && !token.isNull() && !token.asText().isEmpty();
        return new Routes(new ArrayList<>(active), dedupe(notActive, active), paginated);
    }

    /** A destination that is active on one subnet is pushed, whatever its state on another. */
    private static List<SkippedRoute> dedupe(List<SkippedRoute> notActive, Set<Prefix> active) {
        Map<String, SkippedRoute> once = new java.util.LinkedHashMap<>();
        for (SkippedRoute s : notActive) {
            if (active.stream().noneMatch(p -> p.toString().equals(s.destination()))) {
                once.putIfAbsent(s.destination(), s);
            }
        }
        return new ArrayList<>(once.values());
    }

    private static JsonNode read(Path file, String name) {
        // read front to back: a pipe or <(aws ec2 ...) is read like a file
        InputStream opened;
        try {
            opened = dev.routediff.core.input.TextInput.openFile(file.toString(), "JSON from the AWS CLI");
        } catch (RouteInputException e) {
            throw new RouteInputException(name, e.problem()); // named as the user gave it
        } catch (IOException e) {
            throw new RouteInputException(name, "cannot read: " + e.getMessage());
        }
        try (InputStream in = opened) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new RouteInputException(name, "no such file");
        } catch (IOException e) {
            throw new RouteInputException(name, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode read(InputStream in, String name) {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new RouteInputException(name, "empty file, expected JSON from the AWS CLI");
            }
            if (!root.isObject()) {
                throw new RouteInputException(name, "$: expected an object, found " + Walker.shown(root));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            return throwInvalid(name, line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new RouteInputException(name, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode throwInvalid(String name, int line, String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        throw new RouteInputException(name, line, "invalid JSON: " + first);
    }

    /** Typed access to optional members, each failure naming its JSON path. */
    private record Walker(String name) {

        RouteInputException problem(String path, String what) {
            return new RouteInputException(name, path + ": " + what);
        }

        JsonNode requiredArray(JsonNode parent, String at, String field, String expected) {
            JsonNode n = parent.get(field);
            if (n == null) {
                throw problem(at + "." + field, "missing; expected " + expected);
            }
            if (!n.isArray()) {
                throw problem(at + "." + field, "expected an array, found " + shown(n));
            }
            return n;
        }

        JsonNode object(JsonNode n, String at) {
            if (!n.isObject()) {
                throw problem(at, "expected an object, found " + shown(n));
            }
            return n;
        }

        JsonNode optionalObject(JsonNode parent, String at, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            return object(n, at + "." + field);
        }

        String string(JsonNode parent, String at, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw problem(at + "." + field, "expected a string, found " + shown(n));
            }
            return n.textValue();
        }

        Boolean bool(JsonNode parent, String at, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isBoolean()) {
                throw problem(at + "." + field, "expected true or false, found " + shown(n));
            }
            return n.booleanValue();
        }

        Prefix cidr(String text, String at) {
            try {
                return Prefix.parse(text);
            } catch (IllegalArgumentException e) {
                throw problem(at, "'" + text + "' is not a CIDR block such as 10.0.0.0/16");
            }
        }

        /** A value as the message shows it: scalars as JSON text (cut short), containers by kind. */
        static String shown(JsonNode n) {
            if (n.isObject()) {
                return "an object";
            }
            if (n.isArray()) {
                return "an array";
            }
            String text = n.toString();
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }
}
