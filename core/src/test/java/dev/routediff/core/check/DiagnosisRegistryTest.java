package dev.routediff.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnoses are found like the other plugins: a broken one is reported and skipped, the rest still load. */
class DiagnosisRegistryTest {

    public static class Quiet implements Diagnosis {
        @Override
        public DiagnosisInfo info() {
            return new DiagnosisInfo("quiet", "finds nothing", List.of("nothing"));
        }

        @Override
        public List<Finding> diagnose(CheckInput input) {
            return List.of();
        }
    }

    public static class Exploding extends Quiet {
        public Exploding() {
            throw new IllegalStateException("cannot start");
        }
    }

    public static class BadInfo extends Quiet {
        @Override
        public DiagnosisInfo info() {
            return new DiagnosisInfo("Not A Valid Id", "x", List.of());
        }
    }

    private static ClassLoader loader(Path dir, String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Diagnosis.class.getName()), String.join("\n", classNames) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, DiagnosisRegistryTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return findResources(name);
            }
        };
    }

    @Test
    void aBrokenDiagnosisIsReportedAndSkipped(@TempDir Path dir) throws IOException {
        PluginRegistry r = PluginRegistry.load(loader(dir, Exploding.class.getName(), "com.example.Gone",
                Quiet.class.getName(), BadInfo.class.getName()));
        assertEquals(List.of("quiet"), r.diagnoses().stream().map(Plugin::id).toList());
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> p.service().equals("Diagnosis")), r.problems().toString());
        assertTrue(r.problems().toString().contains("cannot start"));
    }

    @Test
    void deferredLoadingFindsDiagnosesWhenAsked(@TempDir Path dir) throws IOException {
        List<String> told = new java.util.ArrayList<>();
        PluginRegistry r = PluginRegistry.load(loader(dir, Quiet.class.getName(), Exploding.class.getName()),
                List.of(), List.of(), (problems, shadows) -> problems.forEach(p -> told.add(p.line())));
        assertTrue(told.isEmpty(), "nothing looked up before check asks");
        assertEquals(List.of("quiet"), r.diagnoses().stream().map(Plugin::id).toList());
        assertEquals(1, told.size(), told.toString());
    }

    @Test
    void infoAloneIsClean() {
        Finding info = new Finding("note", Severity.INFO, "m", "f", null, List.of());
        Finding warning = new Finding("w", Severity.WARNING, "m", "f", null, List.of());
        assertTrue(new CheckResult("t", null, List.of(info, info), List.of()).clean());
        assertTrue(new CheckResult("t", null, List.of(), List.of()).clean());
        assertFalse(new CheckResult("t", null, List.of(info, warning), List.of()).clean());
        assertEquals(2, new CheckResult("t", null, List.of(info, info, warning), List.of()).count(Severity.INFO));
    }
}
