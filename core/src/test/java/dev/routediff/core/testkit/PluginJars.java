package dev.routediff.core.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars inside a test: compiles Java sources with the JDK's compiler against the test's class
 * path, and packs the classes with the given resources (service files) and an Implementation-Version. Tests of
 * plugin loading need jars the application's class loader cannot see, or they would prove nothing. Scratch folders
 * are made beside the jar (in a test's temporary folder, so JUnit removes them); plugin discovery ignores them.
 */
public final class PluginJars {

    private PluginJars() {
    }

    /**
     * @param jar       the jar to write
     * @param sources   Java source files to compile
     * @param resources more entries: path inside the jar → text (e.g. META-INF/services/…)
     * @param version   Implementation-Version of the manifest, or null for none
     * @param classPath extra class path entries for compiling (the test's own class path is always used)
     */
    public static Path build(Path jar, List<Path> sources, Map<String, String> resources, String version,
                             List<Path> classPath) {
        return build(jar, sources, resources, version, classPath, Map.of());
    }

    /** As {@link #build(Path, List, Map, String, List)}, with more main attributes in the manifest. */
    public static Path build(Path jar, List<Path> sources, Map<String, String> resources, String version,
                             List<Path> classPath, Map<String, String> manifest) {
        try {
            Path classes = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "classes");
            compile(sources, classes, classPath);
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (version != null) {
                m.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
            }
            manifest.forEach((k, v) -> m.getMainAttributes().put(new Attributes.Name(k), v));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
                for (Map.Entry<String, String> e : resources.entrySet()) {
                    out.putNextEntry(new JarEntry(e.getKey()));
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar of one source given as text; {@code className} is its fully qualified class name. */
    public static Path build(Path jar, String className, String source, Map<String, String> resources, String version) {
        return build(jar, className, source, resources, version, Map.of());
    }

    /** A jar of one source given as text, with more main attributes in its manifest. */
    public static Path build(Path jar, String className, String source, Map<String, String> resources, String version,
                             Map<String, String> manifest) {
        try {
            Path src = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "src");
            Path file = src.resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            return build(jar, List.of(file), resources, version, List.of(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service file entry registering {@code providers} for {@code service}. */
    public static Map<String, String> services(Class<?> service, String... providers) {
        return Map.of("META-INF/services/" + service.getName(), String.join("\n", providers) + "\n");
    }

    /** Writes bytes that are not a zip under a jar's name, as a truncated download would leave. */
    public static Path corrupt(Path jar) {
        try (OutputStream out = Files.newOutputStream(jar)) {
            out.write("this is not a zip file\n".getBytes(StandardCharsets.UTF_8));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void compile(List<Path> sources, Path classes, List<Path> classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: the tests need a JDK, not a JRE");
        }
        List<String> cp = new ArrayList<>();
        classPath.forEach(p -> cp.add(p.toString()));
        cp.add(System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none",
                "-encoding", "UTF-8", "-cp", String.join(File.pathSeparator, cp)));
        sources.forEach(s -> args.add(s.toString()));
        int code = javac.run(null, null, null, args.toArray(String[]::new));
        if (code != 0) {
            throw new AssertionError("compiling " + sources + " failed (exit " + code + "; the compiler's messages are above)");
        }
    }
}
