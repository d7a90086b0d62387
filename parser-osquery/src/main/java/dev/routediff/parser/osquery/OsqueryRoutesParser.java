package dev.routediff.parser.osquery;

import com.fasterxml.jackson.core.JsonFactory;
import com.google.auto.service.AutoService;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads osquery's {@code routes} table as JSON: what {@code osqueryi --json "select * from routes"} prints, and the
 * result log lines osqueryd (or Fleet, which stores the same lines) writes for a scheduled routes query, in the
 * snapshot, batched ({@code diffResults}) and event ({@code "action":"added"}) formats. See this module's README.
 */
@AutoService(RouteTableParser.class)
public final class OsqueryRoutesParser extends AbstractRouteTableParser {

    static final String ID = "osquery-routes";

    /** Immutable once built and safe to share: Jackson's factory holds configuration only. */
    private final JsonFactory json = JsonFactory.builder().build();

    public OsqueryRoutesParser() {
        super(new ParserInfo(ID, "osquery's routes table as JSON (osqueryi --json, osqueryd and Fleet result logs)",
                List.of("osquery, Fleet"), List.of("osqueryi --json \"select * from routes\"")));
    }

    /** 95 for JSON holding an object with the routes table's destination, netmask, gateway and interface; else 0. */
    @Override
    public int detect(String sample) {
        return Detection.score(sample, json);
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        Export export = new ExportReader(source, json).read(input);
        List<Route> routes = new RouteMapper(source).map(export);
        RouteTable table = new RouteTable(source, ID, routes);
        // the rows tell which kernel printed them (each carries it as "platform"): lookups break ties as it does
        String platform = routes.isEmpty() ? "unknown" : routes.get(0).attributes().getOrDefault("platform", "unknown");
        return platform.equals("unknown") ? table : table.withPlatform(Platform.parse(platform));
    }
}
