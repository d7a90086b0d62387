package dev.routediff.core.internal;

import dev.routediff.core.spi.Api;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The service files of the application's jar, copied out by the launcher's training run into a small text file
 * beside the class-data archive, so that a run finds the built-in providers without opening the jar: opening it reads
 * its directory of some 1 600 entries and starts zip machinery that nothing else in a {@code parse} needs, about a
 * tenth of a 20-route parse (docs/performance.md). The index names the jar's size and modification time, as a
 * class-data archive does: an index of another jar (rebuilt, replaced, upgraded) is not used, and the jar is read.
 * Internal: the launchers and {@code SingleJarServices} are its only users.
 */
@Api(Api.Status.INTERNAL)
public final class ServiceIndex {

    /** The system property the launchers set to the index's path, for the training run to write and a run to read. */
    public static final String PROPERTY = "routediff.services.index";

    private static final String SERVICES = "META-INF/services/";
    private static final String HEADER = "routediff service index 1";
    private static final String JAR = "jar ";
    private static final String SERVICE = "service ";

    private ServiceIndex() {
    }

    /** Writes the index of {@code jar}'s service files to {@code out}, through a temporary file and a rename. */
    public static void write(File jar, Path out) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(key(jar)).append('\n');
        try (JarFile j = new JarFile(jar)) {
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(SERVICES) || name.indexOf('/', SERVICES.length()) >= 0) {
                    continue;
                }
                text.append(SERVICE).append(name.substring(SERVICES.length())).append('\n');
                try (InputStream in = j.getInputStream(entry)) {
                    for (String provider : providerNames(in)) {
                        text.append(provider).append('\n');
                    }
                }
            }
        }
        Path tmp = out.resolveSibling(out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                w.write(text.toString());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The providers of {@code service} that the index at {@code index} lists for {@code jar}, in the order of the
     * jar's service file (none when the jar has no such file); null when there is no index, it cannot be read, or it
     * is the index of another jar or another version of it.
     */
    public static List<String> providers(String index, File jar, String service) {
        File file = new File(index);
        if (!file.isFile()) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(file),
                StandardCharsets.UTF_8))) {
            if (!HEADER.equals(r.readLine()) || !key(jar).equals(r.readLine())) {
                return null;
            }
            List<String> names = new ArrayList<>();
            boolean in = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(SERVICE)) {
                    if (in) {
                        break;
                    }
                    in = line.substring(SERVICE.length()).equals(service);
                } else if (in) {
                    names.add(line);
                }
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable index costs only the jar's reading
        }
    }

    /** The provider class names in a service file, without comments, blanks or repeats, in their order. */
    public static List<String> providerNames(InputStream serviceFile) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(serviceFile, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** What ties an index to one jar: its size and modification time, as the JVM checks for a class-data archive. */
    private static String key(File jar) {
        return JAR + jar.length() + " " + jar.lastModified();
    }
}
