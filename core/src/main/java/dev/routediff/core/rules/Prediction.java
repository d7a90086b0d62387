package dev.routediff.core.rules;

import java.util.List;

public record Prediction(List<PredictedRoute> routes, List<SkippedRoute> skipped, List<Warning> warnings) {

    public Prediction {
        routes = List.copyOf(routes);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
