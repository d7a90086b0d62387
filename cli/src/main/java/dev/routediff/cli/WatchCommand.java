package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.cli.args.Opt;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.cli.capture.Host;
import dev.routediff.cli.capture.Platform;
import dev.routediff.cli.capture.RouteCapture;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.JsonViews;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

public final class WatchCommand implements Command {

    static final Opt INTERVAL = Opt.value("--interval", "SECONDS",
            "Seconds between two readings (default 2; fractions such as 0.5 are allowed).");
    static final Opt COUNT = Opt.value("--count", "N", "Stop after N readings (default: until Ctrl-C).");
    static final Opt ALL = DiffCommand.ALL;

    static CommandSpec spec() {
        return new CommandSpec("routediff watch")
                .description("Print each change to this machine's route table as it happens: connect the VPN while "
                        + "it runs.", "Reads the table every --interval seconds; Ctrl-C ends it.")
                .options(OutputOptions.STREAMING).options(InputOptions.ALL).options(INTERVAL, COUNT, ALL);
    }

    private final Cli cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final BigDecimal interval;
    private final Integer count;
    private final boolean all;

    private int polls;
    private int blocks;

    WatchCommand(Cli cli, ParsedLine line) throws UsageError {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        interval = line.decimalValue(INTERVAL, "2");
        count = line.intValue(COUNT);
        all = line.flag(ALL);
    }

    @Override
    public int call() throws Exception {
        if (interval.signum() <= 0 || interval.compareTo(BigDecimal.valueOf(86_400)) > 0) {
            throw new UsageException("--interval must be more than 0 and at most 86400 seconds, found "
                    + interval.toPlainString());
        }
        if (count != null && count < 1) {
            throw new UsageException("--count must be at least 1, found " + count);
        }
        Duration every = Duration.ofNanos(interval.movePointRight(9).longValue());
        Host host = cli.host();
        Platform platform = Platform.forOsName(host.osName());
        try (Host.Registration ctrlC = host.onInterrupt(Thread.currentThread())) {
            watch(host, platform, every);
        } catch (InterruptedException e) {
            // Ctrl-C: the normal way to end a watch, so it ends like --count does
        } finally {
            Thread.interrupted();
        }
        if (output.format() != Format.JSON) {
            cli.out().println(now() + "  stopped after " + polls + (polls == 1 ? " reading, " : " readings, ")
                    + (blocks == 0 ? "no changes" : blocks == 1 ? "1 with changes" : blocks + " with changes"));
        }
        cli.out().flush();
        return Main.OK;
    }

    private void watch(Host host, Platform platform, Duration every) throws IOException, InterruptedException {
        RouteTable previous = read(host, platform);
        if (output.format() != Format.JSON) {
            cli.out().println(now() + "  watching " + previous.size() + (previous.size() == 1 ? " route" : " routes")
                    + " (" + platform.commandLine() + ") every " + interval.stripTrailingZeros().toPlainString()
                    + " s; Ctrl-C ends");
            cli.out().flush();
        }
        while (count == null || polls < count) {
            host.sleep(every);
            RouteTable current = read(host, platform);
            RouteDiff diff = RouteDiffer.diff(previous, current, all);
            if (!diff.isEmpty()) {
                blocks++;
                print(diff);
            }
            // each change is reported once: the next reading is compared with this one
            previous = current;
        }
    }

    private RouteTable read(Host host, Platform platform) throws IOException, InterruptedException {
        RouteTable t = RouteCapture.parse(RouteCapture.take(platform, host.runner()), cli.registry(), input.parser());
        polls++;
        return t;
    }

    private void print(RouteDiff diff) {
        Format f = output.format();
        String time = now();
        if (f == Format.JSON) {
            JsonViews json = cli.json();
            ObjectNode line = json.mapper().createObjectNode();
            line.put("time", time);
            line.setAll(json.diff(diff));
            cli.out().println(line.toString());
        } else {
            String head = time + "  " + TableViews.diffSummary(diff);
            cli.out().print(f == Format.MARKDOWN ? "**" + head + "**\n\n" : head + "\n");
            cli.print(TableViews.diff(diff), f);
            cli.out().println();
        }
        cli.out().flush();
    }

    /** The time of a block: to the second, with the offset, so blocks from two machines can be lined up. */
    private String now() {
        return ZonedDateTime.now(cli.host().clock()).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
