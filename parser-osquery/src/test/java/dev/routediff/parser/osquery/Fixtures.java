package dev.routediff.parser.osquery;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.ParserFixtures;
import java.nio.file.Path;
import java.util.List;

/** The module's samples (see {@code fixtures/PROVENANCE.md}) and helpers to parse them or inline JSON. */
final class Fixtures {

    static final Path DIR = ParserFixtures.DIR;
    static final OsqueryRoutesParser PARSER = new OsqueryRoutesParser();

    static final String MACOS = "macos-14__osqueryi-routes.json";
    static final String MACOS_OLD = "macos-10.12__osquery-2.x-no-interface.json";
    static final String LINUX = "ubuntu-22.04__osqueryi-routes.json";
    static final String EVENT_LOG = "rhel-9__osqueryd-results-event.log";
    static final String BATCHED_LOG = "rhel-9__osqueryd-results-batched.log";
    static final String WINDOWS = "windows-11__fleet-results-snapshot.log";
    static final List<String> ALL = List.of(MACOS, MACOS_OLD, LINUX, EVENT_LOG, BATCHED_LOG, WINDOWS);

    private Fixtures() {
    }

    static RouteTable parseFile(String name) {
        return ParserFixtures.parseFile(PARSER, name);
    }

    static String read(String name) {
        return ParserFixtures.read(name);
    }

    static RouteTable parse(String json) {
        return ParserFixtures.parse(PARSER, json);
    }
}
