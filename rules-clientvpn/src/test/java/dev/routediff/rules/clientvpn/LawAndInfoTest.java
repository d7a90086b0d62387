package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawAndInfoTest {

    private final ClientVpnRules rules = new ClientVpnRules();

    @Test
    void withoutSettingsThePredictionIsTheReportsLaw() {
        List<PredictedRoute> law = ClientVpnRules.law();
        assertEquals(List.of(
                "1 | assigned client IP | assigned client IP",
                "2 | the /27 containing the assigned IP | assigned client IP",
                "3 | each route-table destination | first host of #2",
                "4 | endpoint public IP | original default gateway",
                "5 | 0.0.0.0/1 | first host of #2",
                "6 | 128.0.0.0/1 | first host of #2"),
                law.stream().map(r -> r.rule() + " | " + r.destination() + " | " + r.gateway()).toList());
        assertTrue(law.get(2).why().startsWith("if split tunnel is on: "));
        assertTrue(law.get(3).why().startsWith("if split tunnel is off: "));
        assertFalse(law.get(0).why().startsWith("if "));
        assertEquals("default interface", law.get(3).iface());
    }

    @Test
    void symbolicSplitTunnelLawWithoutAnAssignedIp() {
        Prediction p = rules.predict(ReportExperimentsTest.settings("split-tunnel", "true", "route", "10.0.0.0/16",
                "tunnel-prefix", "26"), null);
        assertEquals(List.of("1 assigned client IP assigned client IP",
                "2 the /26 containing the assigned IP assigned client IP", "3 10.0.0.0/16 first host of #2"),
                ReportExperimentsTest.rows(p));
        assertEquals(List.of(WarningCodes.PREFIX_NOT_27.code()), ReportExperimentsTest.codes(p.warnings()));
    }

    @Test
    void warningsForQuotaAndClientCidr() {
        RuleSettings s = ReportExperimentsTest.settings("split-tunnel", "true", "client-cidr", "10.243.0.0/22",
                "assigned-ip", "10.9.0.7");
        for (int i = 0; i < 101; i++) {
            s = s.with("route", "10." + (100 + i / 256) + "." + (i % 256) + ".0/24");
        }
        Prediction p = rules.predict(s, null);
        assertEquals(List.of(WarningCodes.ASSIGNED_IP_OUTSIDE_CLIENT_CIDR.code(), WarningCodes.ROUTE_QUOTA.code()),
                ReportExperimentsTest.codes(p.warnings()));
    }

    @Test
    void duplicateRouteFlagsCountOnce() {
        Prediction p = rules.predict(ReportExperimentsTest.settings("split-tunnel", "true", "route", "10.0.0.0/16",
                "route", "10.0.0.0/16", "route", "10.0.0.1/16"), null);
        assertEquals(1, p.routes().stream().filter(r -> r.rule().equals("3")).count());
    }

    @Test
    void infoListsEveryRuleWithItsSource() {
        List<RuleInfo> infos = rules.info().rules();
        assertEquals("aws-client-vpn", rules.info().id());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"),
                infos.stream().map(RuleInfo::id).toList());
        // Every rule states its row on each of the three platforms; forms read off code are marked inferred.
        assertTrue(infos.stream().allMatch(i -> i.forms().size() == 3), "a form per platform");
        assertTrue(infos.get(5).forms().stream().anyMatch(f -> f.inferred()
                && f.platform() == dev.routediff.core.rules.Platform.MACOS), "rule 6's macOS row is inferred");
        assertTrue(infos.stream().allMatch(i -> !i.source().isBlank() && !i.summary().isBlank()));
        assertEquals(List.of("macOS"), infos.get(0).observedOn());
        assertEquals(List.of(), infos.get(5).observedOn(), "rule 6 is inferred");
        assertTrue(infos.get(0).source().contains("BLOG"));
        assertTrue(infos.get(8).source().contains("add_block_local"), "block-local is add_block_local*, "
                + "not the non-def1 branch of redirect_default_route_to_vpn");
    }

    @Test
    void foundByServiceLoader() {
        assertTrue(ServiceLoader.load(RuleSet.class).stream()
                .anyMatch(p -> p.type() == ClientVpnRules.class));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "assigned-ip | 10.243 | --assigned-ip: '10.243' is not an IPv4 address such as 10.243.0.7",
        "assigned-ip | fe80::1 | --assigned-ip: 'fe80::1' is not an IPv4 address such as 10.243.0.7",
        "split-tunnel | yes | --split-tunnel: expected true or false, found 'yes'",
        "route | 10.0.0.0/40 | --route: '10.0.0.0/40' is not a CIDR block such as 10.0.0.0/16",
        "route | default | --route: 'default' is not a CIDR block such as 10.0.0.0/16",
        "client-cidr | 2001:db8::/48 | --client-cidr: '2001:db8::/48' is not an IPv4 CIDR block such as 10.0.0.0/16",
        "tunnel-prefix | 31 | --tunnel-prefix: expected a prefix length from 1 to 30, found '31'",
        "tunnel-prefix | x | --tunnel-prefix: expected a prefix length from 1 to 30, found 'x'",
        "endpoint-ip | 1.2.3 | --endpoint-ip: '1.2.3' is not an IPv4 address such as 10.243.0.7",
        "default-gateway | gw | --default-gateway: 'gw' is not an IPv4 address such as 10.243.0.7",
    })
    void badSettingsNameTheFlag(String name, String value, String message) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> rules.predict(RuleSettings.EMPTY.with(name, value), null));
        assertEquals(message, e.getMessage());
    }
}
