package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Opt;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.cli.capture.Host;
import dev.routediff.cli.capture.Platform;
import dev.routediff.cli.capture.RouteCapture;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.JsonViews;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

public final class WatchCommand implements Command {

    static final Opt INTERVAL = Opt.value("--interval", "TIME",
            "Time between two readings: 2s, 500ms, 1m, or plain seconds (0.5); from 0.1s to 1 day; default 2s.");
    static final Opt COUNT = Opt.value("--count", "N", "Stop after N readings, 1 or more (default: until Ctrl-C).");
    static final Duration SHORTEST = Duration.ofMillis(100);
    static final Duration LONGEST = Duration.ofDays(1);
    static final Opt ALL = DiffCommand.ALL;

    static CommandSpec spec() {
        return new CommandSpec("routediff watch")
                .description("Print each change to this machine's route table as it happens: connect the VPN while "
                        + "it runs.", "Reads the table every --interval seconds; Ctrl-C ends it.")
                .options(OutputOptions.STREAMING).options(InputOptions.ALL).options(INTERVAL, COUNT, ALL);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final Duration interval;
    private final Integer count;
    private final boolean all;

    private int polls;
    private int blocks;

    WatchCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        interval = line.durationValue(INTERVAL, "2", SHORTEST, LONGEST);
        count = line.intValue(COUNT, 1, Integer.MAX_VALUE);
        all = line.flag(ALL);
    }

    @Override
    public int call() throws Exception {
        Duration every = interval;
        Host host = cli.host();
        Platform platform = Platform.forOsName(host.osName(), cli.registry());
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
                    + " (" + platform.commandLine() + ") every "
                    + java.math.BigDecimal.valueOf(interval.toNanos(), 9).stripTrailingZeros().toPlainString()
                    + " s; Ctrl-C ends");
            cli.out().flush();
        }
        // output that cannot be written (a full disk, a closed pipe) ends the watch; Main reports it and exits 2
        while ((count == null || polls < count) && !cli.out().checkError()) {
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
            line.setAll(JsonTableWriter.diffTree(diff, json));
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
