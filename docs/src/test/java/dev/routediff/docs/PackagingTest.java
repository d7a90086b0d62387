package dev.routediff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the build ships: routediff.jar with the built-ins, and the bundled plugins as separate jars in
 * cli/target/plugins/. Checked on the built artefacts because that is where a packaging mistake would show.
 */
class PackagingTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/routediff.jar");
    private static final Path BUNDLED = ROOT.resolve("cli/target/plugins");

    static Set<String> classes(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).collect(Collectors.toSet());
        }
    }

    static List<Path> bundledJars() throws IOException {
        if (!Files.isDirectory(BUNDLED)) {
            return List.of(); // the bundled list in cli/pom.xml is empty: nothing is copied
        }
        try (Stream<Path> s = Files.list(BUNDLED)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void bundledPluginsAreNotInsideRoutediffJar() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify' from the repository root");
        Set<String> shaded = classes(JAR);
        for (Path plugin : bundledJars()) {
            for (String c : classes(plugin)) {
                assertFalse(shaded.contains(c), c + " of " + plugin.getFileName() + " is also inside routediff.jar");
            }
            assertFalse(plugin.getFileName().toString().startsWith("routediff-core"),
                    "core must not be bundled: a second copy would not share the SPI types");
        }
    }

    @Test
    void theExamplePluginIsNotShipped() throws IOException {
        try (JarFile j = new JarFile(JAR.toFile())) {
            assertTrue(j.stream().noneMatch(e -> e.getName().contains("plugin-example")
                    || e.getName().startsWith("com/example/")), "examples/plugin-example leaked into routediff.jar");
        }
    }

    @Test
    void everyBundledJarIsListedAsBundled() throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "plugins", "--format", "json"));
        Process p = new ProcessBuilder(argv).directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err, "the shipped plugins load without a warning");
        for (Path plugin : bundledJars()) {
            assertTrue(out.contains("\"source\": \"" + plugin.toAbsolutePath().normalize() + "\",\n      \"origin\": \"bundled\""),
                    plugin + " is not listed as bundled:\n" + out);
        }
        assertTrue(out.contains("\"origin\": \"built-in\""), out);
    }
}
