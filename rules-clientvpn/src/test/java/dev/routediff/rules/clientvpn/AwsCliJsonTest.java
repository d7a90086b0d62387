package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Prefix;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsCliJsonTest {

    private final ClientVpnRules rules = new ClientVpnRules();

    private static AwsCliJson.Endpoint endpoint(String resource) {
        return AwsCliJson.readEndpoint(Tables.path("aws-cli/" + resource), resource);
    }

    private static AwsCliJson.Routes routes(String resource) {
        return AwsCliJson.readRoutes(Tables.path("aws-cli/" + resource), resource);
    }

    @Test
    void documentationExampleEndpoint() {
        AwsCliJson.Endpoint e = endpoint("describe-client-vpn-endpoints.output.json");
        assertEquals(new AwsCliJson.Endpoint("cvpn-endpoint-123456789123abcde", Prefix.parse("172.31.0.0/16"),
                Boolean.FALSE, null, null), e);
        assertFalse(e.carriesIpv6());
    }

    @Test
    void documentationExampleRoutes() {
        AwsCliJson.Routes r = routes("describe-client-vpn-routes.output.json");
        assertEquals(List.of(Prefix.parse("10.0.0.0/16"), Prefix.parse("0.0.0.0/0")), r.active());
        assertEquals(List.of(), r.notActive());
        assertFalse(r.paginated());
    }

    @Test
    void theDocumentationExamplesAreByteForByteTheTestkitCorpusCopies() throws Exception {
        for (String name : List.of("describe-client-vpn-endpoints.output.json", "describe-client-vpn-routes.output.json",
                "create-client-vpn-route.output.json")) {
            assertEquals(-1L, Files.mismatch(Corpus.sample("aws-cli/" + name), Tables.path("aws-cli/" + name)), name);
        }
    }

    @Test
    void fixturesPredictAFullTunnelWithoutPushedRoutes() {
        RuleSettings s = RuleSettings.EMPTY
                .with("endpoint-json", Tables.path("aws-cli/describe-client-vpn-endpoints.output.json").toString())
                .with("routes-json", Tables.path("aws-cli/describe-client-vpn-routes.output.json").toString())
                .with("assigned-ip", "172.31.0.34");
        Prediction p = rules.predict(s, null);
        assertEquals(List.of("1 172.31.0.34/32 172.31.0.34", "2 172.31.0.32/27 172.31.0.34",
                "4 endpoint public IP original default gateway", "5 0.0.0.0/1 172.31.0.33",
                "6 128.0.0.0/1 172.31.0.33"), ReportExperimentsTest.rows(p));
        assertEquals(List.of("3 10.0.0.0/16", "3 0.0.0.0/0"), ReportExperimentsTest.skipped(p));
    }

    @Test
    void flagsOverrideTheJson() {
        RuleSettings s = RuleSettings.EMPTY
                .with("endpoint-json", Tables.path("aws-cli/describe-client-vpn-endpoints.output.json").toString())
                .with("routes-json", Tables.path("aws-cli/describe-client-vpn-routes.output.json").toString())
                .with("split-tunnel", "true")
                .with("route", "10.9.0.0/16")
                .with("assigned-ip", "172.31.0.130");
        Prediction p = rules.predict(s, null);
        assertEquals(List.of("1 172.31.0.130/32 172.31.0.130", "2 172.31.0.128/27 172.31.0.130",
                "3 10.9.0.0/16 172.31.0.129"), ReportExperimentsTest.rows(p));
        assertEquals(List.of(), p.skipped());
    }

    @Test
    void oneDestinationOnThreeSubnetsCountsOnce() {
        AwsCliJson.Routes r = routes("routes-duplicates.json");
        assertEquals(List.of(Prefix.parse("10.0.0.0/16"), Prefix.parse("0.0.0.0/0"), Prefix.parse("172.16.8.0/24")),
                r.active());
    }

    @Test
    void onlyActiveRoutesArePushed() {
        AwsCliJson.Routes r = routes("routes-statuses.json");
        // 10.4/16 failed on one subnet but is active on another; 10.5/16 has no Status (the CLI always prints one).
        assertEquals(List.of(Prefix.parse("10.0.0.0/16"), Prefix.parse("10.4.0.0/16"), Prefix.parse("10.5.0.0/16")),
                r.active());
        assertEquals(List.of("10.1.0.0/16 route status is creating; only active routes are pushed",
                        "10.2.0.0/16 route status is failed; only active routes are pushed",
                        "10.3.0.0/16 route status is deleting; only active routes are pushed"),
                r.notActive().stream().map(s -> s.destination() + " " + s.why()).toList());
        assertTrue(r.paginated());
    }

    @Test
    void paginatedRoutesWarn() {
        RuleSettings s = RuleSettings.EMPTY.with("routes-json", Tables.path("aws-cli/routes-statuses.json").toString())
                .with("split-tunnel", "true");
        Prediction p = rules.predict(s, null);
        assertEquals(List.of(WarningCodes.INCOMPLETE_ROUTE_LIST.code()), ReportExperimentsTest.codes(p.warnings()));
        assertEquals(List.of("3 10.1.0.0/16", "3 10.2.0.0/16", "3 10.3.0.0/16"), ReportExperimentsTest.skipped(p));
    }

    @Test
    void ipv6DestinationsAreSkippedOnAnIpv4Endpoint() {
        RuleSettings s = RuleSettings.EMPTY.with("routes-json", Tables.path("aws-cli/routes-ipv6.json").toString())
                .with("split-tunnel", "true").with("assigned-ip", "10.243.0.7");
        Prediction p = rules.predict(s, null);
        assertEquals(List.of("1 10.243.0.7/32 10.243.0.7", "2 10.243.0.0/27 10.243.0.7", "3 10.0.0.0/16 10.243.0.1"),
                ReportExperimentsTest.rows(p));
        assertEquals(List.of("3 2001:db8:1234::/56", "3 ::/0"), ReportExperimentsTest.skipped(p));
        assertTrue(p.skipped().get(0).why().contains("IPv6"));
    }

    @Test
    void ipv6DestinationsBelongToInet6OnADualStackEndpoint() {
        RuleSettings s = RuleSettings.EMPTY
                .with("endpoint-json", Tables.path("aws-cli/endpoint-dual-stack.json").toString())
                .with("routes-json", Tables.path("aws-cli/routes-ipv6.json").toString())
                .with("assigned-ip", "10.243.0.7");
        Prediction p = rules.predict(s, null);
        assertEquals(List.of("1 10.243.0.7/32 10.243.0.7", "2 10.243.0.0/27 10.243.0.7", "3 10.0.0.0/16 10.243.0.1",
                "3 2001:db8:1234::/56 tunnel IPv6 gateway", "3 ::/0 tunnel IPv6 gateway"), ReportExperimentsTest.rows(p));
        assertTrue(p.routes().get(3).why().startsWith("inet6"));
        assertEquals(List.of(), p.skipped());
    }

    @Test
    void unknownFieldsAreIgnored() {
        AwsCliJson.Endpoint e = endpoint("endpoint-unknown-fields.json");
        assertEquals(new AwsCliJson.Endpoint("cvpn-endpoint-0future", Prefix.parse("172.16.0.0/16"), Boolean.TRUE,
                Boolean.TRUE, null), e);
    }

    @Test
    void dualStackEndpointCarriesIpv6() {
        AwsCliJson.Endpoint e = endpoint("endpoint-dual-stack.json");
        assertTrue(e.carriesIpv6());
        assertEquals(Boolean.FALSE, e.routeEnforcement());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "endpoint-split-yes.json | endpoint-split-yes.json: $.ClientVpnEndpoints[0].SplitTunnel: expected true or false, found \"yes\"",
        "endpoint-two.json | endpoint-two.json: $.ClientVpnEndpoints: 2 endpoints, expected exactly one (select it with --client-vpn-endpoint-ids)",
        "endpoint-truncated.json | endpoint-truncated.json:6: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        "describe-client-vpn-routes.output.json | describe-client-vpn-routes.output.json: $.ClientVpnEndpoints: missing; expected the output of aws ec2 describe-client-vpn-endpoints",
    })
    void malformedEndpointFiles(String file, String message) {
        RouteInputException e = assertThrows(RouteInputException.class, () -> endpoint(file));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "routes-wrong-types.json | routes-wrong-types.json: $.Routes[1].DestinationCidr: expected a string, found 42",
        "routes-bad-cidr.json | routes-bad-cidr.json: $.Routes[0].DestinationCidr: '10.0.0.0/33' is not a CIDR block such as 10.0.0.0/16",
        "create-client-vpn-route.output.json | create-client-vpn-route.output.json: $.Routes: missing; expected the output of aws ec2 describe-client-vpn-routes",
    })
    void malformedRouteFiles(String file, String message) {
        RouteInputException e = assertThrows(RouteInputException.class, () -> routes(file));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"Routes\": {}} | $.Routes: expected an array, found an object",
        "{\"Routes\": [7]} | $.Routes[0]: expected an object, found 7",
        "{\"Routes\": [{\"Status\": \"active\", \"DestinationCidr\": \"10.0.0.0/8\"}]} | $.Routes[0].Status: expected an object, found \"active\"",
        "{\"Routes\": [{\"DestinationCidr\": \"10.0.0.0/8\", \"Status\": {\"Code\": true}}]} | $.Routes[0].Status.Code: expected a string, found true",
        "[1, 2] | $: expected an object, found an array",
        "{\"Routes\": [], \"Routes\": []} | invalid JSON: Duplicate field 'Routes'",
    })
    void wrongShapesNameTheJsonPath(String json, String problem, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("routes.json");
        Files.writeString(f, json);
        RouteInputException e = assertThrows(RouteInputException.class, () -> AwsCliJson.readRoutes(f, "routes.json"));
        assertTrue(e.getMessage().startsWith("routes.json"), e.getMessage());
        assertEquals(problem, e.problem());
    }

    @Test
    void endpointTypeValues(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("e.json");
        Files.writeString(f, "{\"ClientVpnEndpoints\": [{\"TrafficIpAddressType\": \"ipv5\", \"ClientRouteEnforcementOptions\": {\"Enforced\": \"on\"}}]}");
        RouteInputException e = assertThrows(RouteInputException.class, () -> AwsCliJson.readEndpoint(f, "e.json"));
        assertEquals("e.json: $.ClientVpnEndpoints[0].ClientRouteEnforcementOptions.Enforced: expected true or false, "
                + "found \"on\"", e.getMessage());
        Files.writeString(f, "{\"ClientVpnEndpoints\": [{\"TrafficIpAddressType\": \"ipv5\"}]}");
        e = assertThrows(RouteInputException.class, () -> AwsCliJson.readEndpoint(f, "e.json"));
        assertEquals("e.json: $.ClientVpnEndpoints[0].TrafficIpAddressType: expected ipv4, ipv6 or dual-stack, "
                + "found \"ipv5\"", e.getMessage());
    }

    @Test
    void everyEndpointFieldIsOptional(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("e.json");
        Files.writeString(f, "{\"ClientVpnEndpoints\": [{}]}");
        AwsCliJson.Endpoint e = AwsCliJson.readEndpoint(f, "e.json");
        assertNull(e.clientCidr());
        assertNull(e.splitTunnel());
    }

    @Test
    void missingAndHugeFiles(@TempDir Path dir) throws Exception {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> AwsCliJson.readRoutes(dir.resolve("nope.json"), "nope.json"));
        assertEquals("nope.json: no such file", e.getMessage());
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"Routes\": " + "[".repeat(200) + "]".repeat(200) + "}");
        e = assertThrows(RouteInputException.class, () -> AwsCliJson.readRoutes(deep, "deep.json"));
        assertTrue(e.getMessage().startsWith("deep.json: invalid JSON: Document nesting depth (65)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void messagesNameTheFileAsTheUserGaveIt() {
        String given = Tables.path("aws-cli/endpoint-split-yes.json").toString();
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> rules.predict(RuleSettings.EMPTY.with("endpoint-json", given), null));
        assertEquals(given, e.source());
    }
}
