package dev.routediff.cli;

import dev.routediff.cli.capture.CommandRunner;
import dev.routediff.cli.capture.Host;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine for tests: a chosen os.name, commands answered from a script (each command's answers in order, the
 * last one repeated), a clock that moves only when {@link #sleep} is called, and no real waiting.
 */
final class FakeHost implements Host {

    /** One scripted answer: an output, or a failure to throw. */
    interface Answer {
        CommandRunner.Output answer() throws IOException, InterruptedException;
    }

    private final String osName;
    private final Map<List<String>, Deque<Answer>> script = new HashMap<>();
    private final List<List<String>> ran = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-05T09:00:00Z"));
    private int interruptAtSleep = -1;
    private int registrations;
    private int closed;

    FakeHost(String osName) {
        this.osName = osName;
    }

    FakeHost answer(List<String> command, Answer... answers) {
        script.computeIfAbsent(command, k -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    FakeHost answer(List<String> command, String... outputs) {
        for (String o : outputs) {
            answer(command, () -> ok(o));
        }
        return this;
    }

    /** Makes the n-th sleep (1-based) behave as if Ctrl-C had been pressed during it. */
    FakeHost interruptAtSleep(int n) {
        interruptAtSleep = n;
        return this;
    }

    static CommandRunner.Output ok(String stdout) {
        return new CommandRunner.Output(0, stdout.getBytes(java.nio.charset.StandardCharsets.UTF_8), "");
    }

    List<List<String>> ran() {
        return ran;
    }

    List<Duration> sleeps() {
        return sleeps;
    }

    boolean interruptHandlingUndone() {
        return registrations > 0 && registrations == closed;
    }

    @Override
    public String osName() {
        return osName;
    }

    @Override
    public CommandRunner runner() {
        return command -> {
            ran.add(command);
            Deque<Answer> answers = script.get(command);
            if (answers == null || answers.isEmpty()) {
                throw new AssertionError("unexpected command " + command);
            }
            return (answers.size() > 1 ? answers.poll() : answers.peek()).answer();
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        sleeps.add(d);
        if (sleeps.size() == interruptAtSleep) {
            throw new InterruptedException("Ctrl-C");
        }
        clock.now = clock.now.plus(d);
    }

    @Override
    public Registration onInterrupt(Thread thread) {
        registrations++;
        return () -> closed++;
    }

    /** A clock only {@link FakeHost#sleep} moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the fake clock is UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
