package dev.routediff.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real route tables from every platform (macOS, FreeBSD, Linux, Windows) and the AWS CLI's example JSON, one folder
 * per platform, with their provenance in {@code PROVENANCE.md}. They travel in this test-jar, so a parser author can
 * check that a detector claims its own samples and scores everyone else's at zero, with nothing outside the
 * repository.
 *
 * <p>The folder is read where it lies: a directory when the testkit is on the class path as classes, a folder inside
 * the jar otherwise. Tools that want a file name (the CLI) get a copy with {@link #copyTo(Path)}.
 */
public final class Corpus {

    private static final String PROVENANCE = "corpus/PROVENANCE.md";

    private Corpus() {
    }

    /** The corpus folder; its children are the platform folders ({@code macos}, {@code linux}, ...). */
    public static Path root() {
        URL url = Corpus.class.getResource(PROVENANCE);
        if (url == null) {
            throw new IllegalStateException("the testkit's corpus is not on the class path (expected "
                    + Corpus.class.getPackageName().replace('.', '/') + "/" + PROVENANCE
                    + "); build routediff-core's test-jar from this repository");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of below finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the testkit's corpus at " + url, e);
        }
    }

    /** One sample, by its path under the corpus ({@code "macos/osx-10.14.6__netstat-rnl.out"}). */
    public static Path sample(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no sample " + relative + " in the testkit's corpus");
        }
        return p;
    }

    /** Every sample (route dumps and other tools' expected output), provenance files left out, in path order. */
    public static List<Path> samples() {
        Path root = root();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("PROVENANCE.md"))
                    .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform folder a sample lies in ({@code macos}, {@code freebsd}, {@code linux}, {@code windows}, ...). */
    public static String platform(Path sample) {
        return sample.getParent().getFileName().toString();
    }

    /**
     * Copies the corpus into {@code dir} (a test's {@code @TempDir}), same layout, and returns {@code dir}: for code
     * under test that opens files by name.
     */
    public static Path copyTo(Path dir) {
        Path root = root();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
