package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.cli.args.Opt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two POSIX launchers pick a command's own AOT cache on Java 25 by reading the command's name off the command
 * line: their list of commands is {@link ArchiveTrainingRun#COMMANDS}, and the options they step over with their value
 * are the global options that take one. Out of step, a command would run with the cache of all the commands, or train
 * a cache of nothing.
 */
class LauncherArchivesTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Pattern VALUE_OPTIONS = Pattern.compile("(?m)^\\s*((?:-[-a-z]+ \\| )*-[-a-z]+)\\) value_next=1 ;;");
    private static final Pattern COMMANDS = Pattern.compile("(?m)^\\s*((?:[a-z]+ \\| )+[a-z]+)\\) ");

    @Test
    void theLaunchersKnowTheCommandsWithACacheOfTheirOwnAndTheOptionsThatTakeAValue() throws IOException {
        Set<String> valueOptions = new TreeSet<>();
        for (Opt o : OutputOptions.GLOBAL) {
            if (o.takesValue()) {
                valueOptions.add(o.name());
                if (o.shortForm() != null) {
                    valueOptions.add(o.shortForm());
                }
            }
        }
        for (Path launcher : List.of(ROOT.resolve("routediff"), ROOT.resolve("dist/src/bin/routediff"))) {
            String text = Files.readString(launcher);
            Matcher options = VALUE_OPTIONS.matcher(text);
            assertTrue(options.find(), launcher + " steps over the values of options");
            assertEquals(valueOptions, new TreeSet<>(List.of(options.group(1).split(" \\| "))), launcher.toString());
            Matcher commands = COMMANDS.matcher(text);
            assertTrue(commands.find(), launcher + " lists the commands with a cache of their own");
            assertEquals(ArchiveTrainingRun.COMMANDS, List.of(commands.group(1).split(" \\| ")), launcher.toString());
        }
    }

    @Test
    void eachOfThoseCommandsHasTrainingLinesAndExists() {
        List<String> firstWords = new ArrayList<>();
        for (String[] line : ArchiveTrainingRun.lines("before.txt", "after.txt", Path.of("."))) {
            firstWords.add(line[0]);
        }
        List<String> commands = new ArrayList<>();
        for (String[] c : RouteDiffCommand.COMMANDS) {
            commands.add(c[0]);
        }
        for (String command : ArchiveTrainingRun.COMMANDS) {
            assertTrue(firstWords.contains(command), command + " has lines in the training run");
            assertTrue(commands.contains(command), command + " is a command");
        }
    }
}
