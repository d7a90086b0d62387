package dev.routediff.bench;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.rules.clientvpn.ClientVpnRules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The AWS Client VPN rule set on the field report's split-tunnel tables (examples/), as {@code demo} runs it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RulesBenchmark {

    final ClientVpnRules rules = new ClientVpnRules();
    RouteTable before;
    RouteTable after;
    RuleSettings settings;

    @Setup
    public void setUp() {
        before = Tables.example("clientvpn-split-before.txt");
        after = Tables.example("clientvpn-split-after.txt");
        settings = RuleSettings.EMPTY.with("client-cidr", "10.243.0.0/22").with("assigned-ip", "10.243.0.7")
                .with("split-tunnel", "true").with("route", "10.63.0.0/16").with("route", "0.0.0.0/0");
    }

    /** diff, then attribute every change to a rule: the work of {@code routediff explain} after reading. */
    @Benchmark
    public Explanation explain() {
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        return rules.explain(before, after, diff, RuleSettings.EMPTY);
    }

    @Benchmark
    public Prediction predict() {
        return rules.predict(settings, before);
    }
}
