package dev.routediff.rules.clientvpn;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.FuzzChecks;
import java.io.ByteArrayInputStream;

/**
 * Any bytes as the AWS CLI JSON of {@code --endpoint-json} and {@code --routes-json}: the record or a one-line
 * message naming the file, never another exception. The dictionary holds the members the readers look at, so a
 * campaign reaches past "not an object" quickly.
 */
class AwsCliJsonFuzzTest {

    private static final String NAME = "fuzz.json";

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"\"ClientVpnEndpoints\"", "\"ClientVpnEndpointId\"", "\"ClientCidrBlock\"", "\"SplitTunnel\"",
        "\"ClientRouteEnforcementOptions\"", "\"Enforced\"", "\"TrafficIpAddressType\"", "\"dual-stack\"", "\"ipv6\"",
        "\"10.0.0.0/16\"", "\"::/0\"", "true", "null", "{}", "[]"})
    void endpoints(byte[] input) {
        try {
            AwsCliJson.readEndpoint(new ByteArrayInputStream(input), NAME);
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, NAME);
        }
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"\"Routes\"", "\"DestinationCidr\"", "\"Status\"", "\"Code\"", "\"active\"", "\"NextToken\"",
        "\"10.0.0.0/16\"", "\"::/0\"", "\"0.0.0.0/0\"", "null", "{}", "[]"})
    void routes(byte[] input) {
        try {
            AwsCliJson.readRoutes(new ByteArrayInputStream(input), NAME);
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, NAME);
        }
    }
}
