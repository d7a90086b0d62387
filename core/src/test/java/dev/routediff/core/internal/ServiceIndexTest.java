package dev.routediff.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's index of a jar's service files lists what the jar's own files list, and only for that jar. */
class ServiceIndexTest {

    private static Path jar(Path dir, String parsers) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "META-INF/services/a.Parser", parsers);
            entry(out, "META-INF/services/a.RuleSet", "# none yet\n\n");
            entry(out, "META-INF/services/sub/not.a.Service", "x.Y\n");
            entry(out, "a/Parser.class", "not a class");
        }
        return jar;
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void theIndexListsEachServiceFileAsTheJarDoes(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "# built-in parsers\nx.Mac  # macOS\n\nx.Linux\nx.Mac\n\tx.Windows\t\n");
        Path index = dir.resolve("cache/app.services");
        Files.createDirectories(index.getParent());
        ServiceIndex.write(jar.toFile(), index);
        assertEquals(List.of("x.Mac", "x.Linux", "x.Windows"), ServiceIndex.providers(index.toString(), jar.toFile(), "a.Parser"));
        assertEquals(List.of(), ServiceIndex.providers(index.toString(), jar.toFile(), "a.RuleSet"));
        assertEquals(List.of(), ServiceIndex.providers(index.toString(), jar.toFile(), "a.Missing"));
        assertEquals(List.of(), ServiceIndex.providers(index.toString(), jar.toFile(), "sub/not.a.Service"));
        try (var files = Files.list(index.getParent())) {
            assertEquals(List.of(index), files.toList(), "no temporary file left");
        }
    }

    @Test
    void anIndexOfAnotherJarOrNoIndexIsNotUsed(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "x.Mac\n");
        Path index = dir.resolve("app.services");
        File file = jar.toFile();
        assertNull(ServiceIndex.providers(index.toString(), file, "a.Parser"), "no index yet");
        ServiceIndex.write(file, index);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(file.lastModified() + 2000));
        assertNull(ServiceIndex.providers(index.toString(), file, "a.Parser"), "the jar was replaced since");
        ServiceIndex.write(file, index);
        try (OutputStream out = Files.newOutputStream(jar, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(0); // same time, another size
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.readString(index).lines().skip(1).findFirst()
                .map(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).orElseThrow()));
        assertNull(ServiceIndex.providers(index.toString(), file, "a.Parser"), "another size");
        Files.writeString(index, "something else\n");
        assertNull(ServiceIndex.providers(index.toString(), file, "a.Parser"), "not an index");
        assertNull(ServiceIndex.providers(dir.toString(), file, "a.Parser"), "a folder");
    }
}
