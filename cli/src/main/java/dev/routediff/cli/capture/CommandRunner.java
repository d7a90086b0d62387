package dev.routediff.cli.capture;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one operating-system command and returns what it printed. The one seam between routediff and the machine's
 * route commands: tests answer with recorded outputs instead of running anything.
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs the command to its end.
     *
     * @throws CommandNotFoundException when the program does not exist on this machine
     * @throws InterruptedException     when the run was stopped (Ctrl-C)
     */
    Output run(List<String> command) throws IOException, InterruptedException;

    /** What a command printed: its exit status, standard output as bytes (decoding is the reader's job), stderr. */
    record Output(int exitStatus, byte[] stdout, String stderr) {

        public Output {
            stdout = stdout.clone();
        }

        @Override
        public byte[] stdout() {
            return stdout.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Output other && exitStatus == other.exitStatus
                    && Arrays.equals(stdout, other.stdout) && stderr.equals(other.stderr);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * exitStatus + Arrays.hashCode(stdout)) + stderr.hashCode();
        }

        @Override
        public String toString() {
            return "Output[exitStatus=" + exitStatus + ", stdout=" + stdout.length + " bytes, stderr=" + stderr + "]";
        }
    }

    /** The program is not installed (or not where it was looked for). */
    final class CommandNotFoundException extends IOException {

        private static final long serialVersionUID = 1L;

        public CommandNotFoundException(String message) {
            super(message);
        }
    }
}
