package dev.routediff.parser.osquery;

import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.Corpus;
import dev.routediff.core.testkit.ParserContract;
import java.nio.file.Path;
import java.util.List;

/**
 * The testkit's checks: info, detect on garbage, every sample against its reviewed golden JSON (regenerate with
 * {@code -Droutediff.golden.update=true}), and no claim on any other platform's sample or the AWS CLI's JSON.
 */
class OsqueryParserContractTest extends ParserContract {

    @Override
    protected RouteTableParser parser() {
        return new OsqueryRoutesParser();
    }

    @Override
    protected List<Path> samples() {
        return Fixtures.ALL.stream().map(Fixtures.DIR::resolve).toList();
    }

    @Override
    protected List<Path> foreignSamples() {
        return Corpus.samples();
    }

    @Override
    protected int foreignCeiling() {
        return 0;
    }
}
