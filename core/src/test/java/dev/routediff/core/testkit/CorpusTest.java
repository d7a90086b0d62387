package dev.routediff.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @Test
    void everyPlatformIsThereAndEverySampleHasItsProvenance() throws IOException {
        List<Path> samples = Corpus.samples();
        Set<String> platforms = new TreeSet<>();
        samples.forEach(p -> platforms.add(Corpus.platform(p)));
        assertEquals(Set.of("aws-cli", "freebsd", "linux", "macos", "windows"), platforms);
        assertTrue(samples.size() >= 69, "samples: " + samples.size());
        String provenance = Files.readString(Corpus.root().resolve("PROVENANCE.md"));
        String awsProvenance = Files.readString(Corpus.root().resolve("aws-cli/PROVENANCE.md"));
        for (Path p : samples) {
            String platform = Corpus.platform(p);
            String name = p.getFileName().toString();
            if (platform.equals("aws-cli")) {
                assertTrue(awsProvenance.contains("| " + name + " |"), name + " has no row in aws-cli/PROVENANCE.md");
            } else {
                assertTrue(provenance.contains("| " + platform + "/" + name + " |"), name + " has no row in PROVENANCE.md");
            }
        }
    }

    @Test
    void aCopyHasTheSameFilesAndBytes(@TempDir Path dir) throws IOException {
        Path copy = Corpus.copyTo(dir);
        for (Path p : Corpus.samples()) {
            String relative = Corpus.root().relativize(p).toString();
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(copy.resolve(relative))), relative);
        }
    }

    @Test
    void aMissingSampleIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.sample("macos/nope.out"));
        assertEquals("no sample macos/nope.out in the testkit's corpus", e.getMessage());
    }
}
