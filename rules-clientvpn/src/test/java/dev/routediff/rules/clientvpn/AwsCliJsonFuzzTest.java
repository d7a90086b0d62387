package dev.routediff.rules.clientvpn;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.testkit.FuzzChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Any bytes as the AWS CLI JSON of {@code --endpoint-json} and {@code --routes-json}: the record or a one-line
 * message naming the file, never another exception. The readers take a path, so each input is written to a file.
 */
class AwsCliJsonFuzzTest {

    private static final String NAME = "fuzz.json";

    @FuzzTest(maxDuration = "2m")
    void endpoints(byte[] input) throws IOException {
        check(input, (file, name) -> AwsCliJson.readEndpoint(file, name));
    }

    @FuzzTest(maxDuration = "2m")
    void routes(byte[] input) throws IOException {
        check(input, (file, name) -> AwsCliJson.readRoutes(file, name));
    }

    private static void check(byte[] input, BiConsumer<Path, String> reader) throws IOException {
        Path file = Files.createTempFile("routediff-fuzz", ".json");
        try {
            Files.write(file, input);
            reader.accept(file, NAME);
        } catch (RouteInputException e) {
            FuzzChecks.assertOneLine(e, NAME);
        } finally {
            Files.delete(file);
        }
    }
}
