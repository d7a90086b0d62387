package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule set's diagnoses: each fires on the table the problem makes, and the field report's table is clean. */
class ClientVpnDiagnosisTest {

    private static final RuleSettings REPORT = RuleSettings.EMPTY.with("split-tunnel", "true")
            .with("client-cidr", "10.243.0.0/22").with("assigned-ip", "10.243.0.7");

    private static List<Finding> check(String table, RuleSettings settings) {
        return new ClientVpnDiagnosis().diagnose(new CheckInput(Tables.resource("tables/" + table), null, settings,
                null));
    }

    private static Finding one(List<Finding> findings, String code) {
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(code, findings.get(0).code());
        return findings.get(0);
    }

    private static String exampleIface(Finding f) {
        return f.example().route().map(Route::iface).orElse("none");
    }

    @Test
    void theFieldReportsTableWithItsOwnSettingsIsClean() {
        assertEquals(List.of(), check("clientvpn-split-after.txt", REPORT));
        assertEquals(List.of(), check("clientvpn-split-after.txt", RuleSettings.EMPTY));
        assertEquals(List.of(), check("clientvpn-split-before.txt", REPORT));
    }

    @Test
    void theHomeLanShadowsPartOfAPushedRoute() {
        Finding f = one(check("macos-split-lan-shadowed.txt", RuleSettings.EMPTY),
                WarningCodes.VPN_ROUTE_SHADOWED.code());
        assertEquals(Severity.WARNING, f.severity(), "only 192.168.1/24 of 192.168/16 is lost");
        assertEquals("192.168.1.20", f.example().address().toString());
        assertEquals("en0", exampleIface(f));
        assertEquals(List.of(9, 13), f.evidence().stream().map(Finding.Evidence::line).toList());
    }

    @Test
    void aFullTunnelIsNotShadowedByItsOwnHalves() {
        assertEquals(List.of(), check("macos-full-tunnel.txt", RuleSettings.EMPTY.with("split-tunnel", "false")));
    }

    @Test
    void splitExpectedFullGot() {
        Finding f = one(check("macos-full-tunnel.txt", RuleSettings.EMPTY.with("split-tunnel", "true")),
                ClientVpnDiagnosis.SPLIT_MODE_MISMATCH);
        assertEquals("utun2", exampleIface(f));
        assertEquals(2, f.evidence().size());
    }

    @Test
    void fullExpectedSplitGot() {
        Finding f = one(check("clientvpn-split-after.txt", RuleSettings.EMPTY.with("split-tunnel", "false")),
                ClientVpnDiagnosis.SPLIT_MODE_MISMATCH);
        assertEquals("8.8.8.8", f.example().address().toString());
        assertEquals("en0", exampleIface(f));
    }

    @Test
    void clientCidrOnTheHomeLan() {
        Finding f = one(check("clientvpn-split-after.txt", REPORT.with("client-cidr", "192.168.0.0/22")),
                WarningCodes.CLIENT_CIDR_OVERLAPS_LAN.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("en0", exampleIface(f));
    }

    @Test
    void aNonPrivateBridgeMakesTheEndpointBlockTheLan() {
        List<Finding> all = check("macos-block-local-orbstack.txt", RuleSettings.EMPTY.with("split-tunnel", "true"));
        Finding f = one(all, WarningCodes.BLOCK_LOCAL.code());
        assertTrue(f.message().contains("198.19.249.0/24 on bridge100"), f.message());
        assertEquals(Severity.ERROR, f.severity(), "the LAN 172.31.1.0/24 goes into the tunnel by its halves");
        assertEquals("172.31.1.20", f.example().address().toString());
        assertEquals("utun6", exampleIface(f));
    }

    @Test
    void badSettingsAreInputErrors() {
        assertThrows(RouteInputException.class, () -> check("clientvpn-split-after.txt",
                RuleSettings.EMPTY.with("client-cidr", "10.243.0.0/33")));
    }
}
