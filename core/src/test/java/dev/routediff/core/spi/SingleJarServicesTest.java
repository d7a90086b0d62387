package dev.routediff.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleJarServicesTest {

    /** A provider the test class path holds, named by the jar's service file. */
    public static final class Hello implements Runnable {
        @Override
        public void run() {
        }
    }

    private static final ClassLoader APP = ClassLoader.getSystemClassLoader();

    private static Path jar(Path dir, String serviceFile) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + Runnable.class.getName()));
            out.write(serviceFile.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static List<String> classes(Iterator<?> it) {
        List<String> names = new ArrayList<>();
        it.forEachRemaining(p -> names.add(p.getClass().getName()));
        return names;
    }

    @Test
    void aOneJarClassPathIsReadFromTheJarsServiceFile(@TempDir Path dir) throws IOException {
        String hello = Hello.class.getName();
        Path jar = jar(dir, "# comment\n" + hello + "\n\n" + hello + " # again\n");
        assertEquals(List.of(hello), classes(SingleJarServices.providers(Runnable.class, APP, jar.toString())));
    }

    @Test
    void aProviderThatIsMissingFailsAsServiceLoadersWould(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "no.such.Provider\n");
        Iterator<Runnable> it = SingleJarServices.providers(Runnable.class, APP, jar.toString());
        assertEquals("java.lang.Runnable: Provider no.such.Provider not found",
                assertThrows(ServiceConfigurationError.class, it::next).getMessage());
    }

    @Test
    void anyOtherClassPathAsksServiceLoader(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, Hello.class.getName() + "\n");
        // two entries: ServiceLoader over the real class path, which names no Runnable provider
        String two = jar + File.pathSeparator + jar;
        assertEquals(List.of(), classes(SingleJarServices.providers(Runnable.class, APP, two)));
    }
}
