package dev.routediff.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plugin folders a run knows before reading its command line: the bundled folder next to routediff.jar (or, in
 * the release archive, next to its {@code lib/}) and the
 * launcher's {@code plugins/} folder. Both are optional (most installs have no drop-ins), so a missing one is simply
 * not searched; the folders a user names (--plugin-path, ROUTEDIFF_PLUGIN_PATH) are added by {@link CommandContext}.
 *
 * @param bundled  jars the build put next to routediff.jar
 * @param launcher the launcher's user folder, when it exists
 */
public record PluginFolders(List<Path> bundled, List<Path> launcher) {

    /** The system property by which the launcher names its {@code plugins/} folder. */
    public static final String LAUNCHER_PROPERTY = "routediff.user.plugins";

    /** The environment variable holding more user folders, separated like PATH. */
    public static final String ENV = "ROUTEDIFF_PLUGIN_PATH";

    public PluginFolders {
        bundled = List.copyOf(bundled);
        launcher = List.copyOf(launcher);
    }

    public static final PluginFolders NONE = new PluginFolders(List.of(), List.of());

    /** {@code plugins/} beside the running jar, and the launcher's folder if it passed one. */
    public static PluginFolders defaults() {
        List<Path> bundled = new ArrayList<>();
        Path jar = runningJar();
        // Only a jar has a bundled folder: run from target/classes (tests, IDE) there is none to find.
        if (jar != null && Files.isRegularFile(jar) && jar.getParent() != null) {
            Path folder = jar.getParent();
            existing(folder.resolve("plugins"), bundled);
            // the release archive's layout: lib/routediff.jar beside plugins/, not holding it
            if (bundled.isEmpty() && folder.getFileName() != null && folder.getFileName().toString().equals("lib")
                    && folder.getParent() != null) {
                existing(folder.getParent().resolve("plugins"), bundled);
            }
        }
        List<Path> launcher = new ArrayList<>();
        String prop = System.getProperty(LAUNCHER_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            existing(Path.of(prop), launcher);
        }
        return new PluginFolders(bundled, launcher);
    }

    private static void existing(Path p, List<Path> into) {
        if (Files.isDirectory(p)) {
            into.add(p.toAbsolutePath().normalize());
        }
    }

    private static Path runningJar() {
        CodeSource cs = PluginFolders.class.getProtectionDomain().getCodeSource();
        try {
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The folders listed in ROUTEDIFF_PLUGIN_PATH; empty entries are ignored, as PATH ignores them. */
    static List<Path> fromEnvironment(Map<String, String> env, String separator) {
        String value = env.get(ENV);
        List<Path> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String s : value.split(java.util.regex.Pattern.quote(separator))) {
            if (!s.isBlank()) {
                out.add(Path.of(s.trim()));
            }
        }
        return out;
    }
}
