package dev.routediff.cli.capture;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs commands as child processes. */
public final class ProcessCommandRunner implements CommandRunner {

    /** Route commands answer in milliseconds; one that hangs (a stuck NFS mount on the PATH, say) must not hang us. */
    private static final long TIMEOUT_SECONDS = 30;

    /** SIGINT kills the whole foreground process group, the child included: its status is then 128 + 2. */
    private static final int KILLED_BY_SIGINT = 130;

    private final List<String> searchPath;
    private final boolean windows;

    /**
     * @param path   the PATH to look programs up in
     * @param osName {@code os.name}: on Unix, /usr/sbin and /sbin are searched after PATH, because ip and netstat
     *               live there and a user's PATH often lacks them
     */
    public ProcessCommandRunner(String path, String osName) {
        this.windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Set<String> dirs = new LinkedHashSet<>();
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (!d.isEmpty()) {
                    dirs.add(d);
                }
            }
        }
        if (!windows) {
            dirs.add("/usr/sbin");
            dirs.add("/sbin");
        }
        this.searchPath = List.copyOf(dirs);
    }

    @Override
    public Output run(List<String> command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(command);
        argv.set(0, resolve(command.get(0)));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new CommandNotFoundException(command.get(0) + " could not be started (" + e.getMessage() + ")");
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return new Output(-1, new byte[0], "no answer within " + TIMEOUT_SECONDS + " seconds");
            }
            if (p.exitValue() == KILLED_BY_SIGINT) {
                throw new InterruptedException(command.get(0) + " was interrupted");
            }
            return new Output(p.exitValue(), stdout.get(), new String(stderr.get(), Charset.defaultCharset()));
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + command.get(0), e.getCause());
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The program's path; Windows' own lookup (PATHEXT, System32) is left to Windows. */
    private String resolve(String program) throws CommandNotFoundException {
        if (windows || program.contains(File.separator)) {
            return program;
        }
        for (String dir : searchPath) {
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new CommandNotFoundException(program + " not found (looked in PATH, /usr/sbin and /sbin)");
    }
}
