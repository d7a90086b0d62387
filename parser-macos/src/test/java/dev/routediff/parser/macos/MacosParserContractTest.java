package dev.routediff.parser.macos;

import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.ParserContract;
import java.nio.file.Path;
import java.util.List;

/**
 * The plugin authors' contract, run on the built-in parser as a plugin author would run it on theirs. The golden
 * files are the ones {@link GoldenTest} already keeps; FreeBSD's look-alike tables are the foreign samples.
 */
class MacosParserContractTest extends ParserContract {

    @Override
    protected RouteTableParser parser() {
        return new MacosNetstatParser();
    }

    @Override
    protected List<Path> samples() {
        return List.of(
                Fixtures.DIR.resolve("osx-10.14.6__netstat-rnl.out"),
                Fixtures.DIR.resolve("jackpal-gateway__darwin.txt"),
                Fixtures.DIR.resolve("walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out"));
    }

    @Override
    protected List<Path> foreignSamples() {
        return List.of(
                Fixtures.DIR.resolve("freebsd12__netstat-r.out"),
                Fixtures.DIR.resolve("jackpal-gateway__freeBSD.txt"));
    }
}
