package dev.routediff.cli;

import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.Redactor;
import dev.routediff.core.model.Prefix;
import java.util.List;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a command's output goes: standard output, or with {@code -o FILE} a temporary file beside FILE that is
 * renamed over it once the command has succeeded, so that FILE is never left half written and a failed run leaves
 * it as it was. {@code --redact} puts a {@link Redactor} in front of either.
 */
final class CommandOutput {

    private final String file;
    private final boolean redact;
    private final Format format;
    private final String[] args;
    private final List<Prefix> maps;

    private CommandOutput(String file, boolean redact, Format format, String[] args, List<Prefix> maps) {
        this.maps = maps;
        this.file = file;
        this.redact = redact;
        this.format = format;
        this.args = args;
    }

    /** The output options of a parsed command line ({@code -o -} is standard output). */
    static CommandOutput of(ParsedLine line, String[] args) throws UsageException {
        String file = line.value(OutputOptions.OUTPUT, null);
        Format format = line.has(OutputOptions.FORMAT)
                ? line.enumValue(OutputOptions.FORMAT, Format.TABLE, Format.values(), OutputOptions.FORMAT_ALIASES)
                : Format.TABLE;
        List<Prefix> maps = Reports.parseMaps(line.values(OutputOptions.MAP));
        return new CommandOutput("-".equals(file) ? null : file, line.flag(OutputOptions.REDACT), format, args, maps);
    }

    int run(Command command, CommandContext cli) throws Exception {
        if (format == Format.HTML && !command.rendersHtml()) {
            throw UsageException.withoutHelpPointer("--format html is offered by diff, explain, lookup, check, predict --before and demo");
        }
        cli.commandLine(args);
        cli.maps(maps);
        if (redact) {
            Redactor r = new Redactor();
            for (String a : args) {
                r.register(a);
            }
            cli.redact(r);
        }
        if (file == null) {
            try {
                return command.call();
            } finally {
                cli.out().flush();
            }
        }
        return toFile(command, cli, target(file));
    }

    private int toFile(Command command, CommandContext cli, Path target) throws Exception {
        refuseInputs(target);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return toDevice(command, cli, target);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
        boolean done = false;
        PrintWriter previous = cli.out();
        CheckedOutputStream stream = null;
        try {
            stream = new CheckedOutputStream(Files.newOutputStream(tmp));
            PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                    64 * 1024));
            cli.redirect(w);
            int code = command.call();
            cli.out().flush();
            w.close();
            if (w.checkError()) {
                throw new IOException("cannot write " + file + ": " + (stream.failure() == null ? "write error"
                        : reason(stream.failure())));
            }
            permissions(tmp, target);
            move(tmp, target);
            done = true;
            return code;
        } finally {
            cli.redirect(previous);
            if (!done) {
                if (stream != null) {
                    try {
                        stream.close();
                    } catch (IOException ignored) {
                        // the write error, if any, is already being reported
                    }
                }
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A FIFO, a terminal or {@code /dev/stdout}: written straight through, as the shell's {@code >} would. Renaming a
     * file over it would replace the device node instead of writing to it.
     */
    private int toDevice(Command command, CommandContext cli, Path target) throws Exception {
        PrintWriter previous = cli.out();
        CheckedOutputStream stream = new CheckedOutputStream(Files.newOutputStream(target));
        PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        try {
            cli.redirect(w);
            int code = command.call();
            cli.out().flush();
            w.close();
            if (w.checkError()) {
                throw new IOException("cannot write " + file + ": " + (stream.failure() == null ? "write error"
                        : reason(stream.failure())));
            }
            return code;
        } finally {
            cli.redirect(previous);
            w.close();
        }
    }

    private Path target(String name) {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            throw UsageException.withoutHelpPointer("-o " + name + ": not a valid file name");
        }
        if (Files.isDirectory(p)) {
            throw UsageException.withoutHelpPointer("-o " + name + ": is a folder; name a file");
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw UsageException.withoutHelpPointer("-o " + name + ": no such folder " + (parent == null ? "" : parent));
        }
        try {
            // through a symbolic link, as the shell's > does: the file it points to is replaced, the link stays
            return Files.isSymbolicLink(p) && Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p;
        }
    }

    /**
     * Any argument of the command line that names the target file is an input (a table, --before, a settings
     * file): writing over it would lose what the user gave us. Options of the form --name=FILE count too.
     */
    private void refuseInputs(Path target) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals(file) && i > 0 && (args[i - 1].equals("-o") || args[i - 1].equals("--output"))) {
                continue;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            if (a.startsWith("--output=") || a.startsWith("-o")) {
                continue;
            }
            String candidate = eq > 0 ? a.substring(eq + 1) : a;
            if (candidate.isEmpty() || candidate.equals("-")) {
                continue;
            }
            if (sameFile(target, candidate)) {
                throw UsageException.withoutHelpPointer("-o " + file + " is an input of this command (" + candidate
                        + "); write the output to another file");
            }
        }
    }

    private static boolean sameFile(Path target, String candidate) {
        try {
            Path c = Path.of(candidate);
            if (Files.exists(target) && Files.isRegularFile(c)) {
                return Files.isSameFile(target, c);
            }
            return target.toAbsolutePath().normalize().equals(c.toAbsolutePath().normalize());
        } catch (InvalidPathException | IOException e) {
            return false;
        }
    }

    /** The replaced file's permissions, or the usual rw-r--r-- for a new one (temporary files start private). */
    private static void permissions(Path tmp, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            PosixFileAttributeView old = Files.exists(target)
                    ? Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    : null;
            view.setPermissions(old != null ? old.readAttributes().permissions()
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // the file stays private to its owner, which is safe
        }
    }

    private void move(Path tmp, Path target) throws IOException {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
