package dev.routediff.core.spi;

import dev.routediff.core.rules.RuleSet;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parsers and rule sets found, sorted by id, in three layers: built into the application's class path, bundled
 * as jars in the folder next to it, and installed by the user as jars in folders they name. Each jar gets its own
 * class loader whose parent is the application's, so the SPI types are shared and one jar's classes never clash
 * with another's.
 *
 * <p>Like SLF4J's provider lookup, a provider that fails to load (missing class, throwing constructor, broken
 * {@code info()}) and a jar that cannot be used (not a zip, no service file) are recorded in {@link #problems()} and
 * skipped, so one bad jar never takes the tool down. Two providers with one id are a {@link PluginConflictException}
 * (silently picking one would make results depend on folder order), except that a user plugin may shadow a built-in
 * or bundled one: that is recorded in {@link #shadows()} so the user is told.
 */
public final class PluginRegistry {

    private static final String SERVICES = "META-INF/services/";

    private final List<Plugin<RouteTableParser>> parsers;
    private final List<Plugin<RuleSet>> ruleSets;
    private final List<PluginProblem> problems;
    private final List<PluginShadow> shadows;

    private PluginRegistry(List<Plugin<RouteTableParser>> parsers, List<Plugin<RuleSet>> ruleSets,
                           List<PluginProblem> problems, List<PluginShadow> shadows) {
        this.parsers = List.copyOf(parsers);
        this.ruleSets = List.copyOf(ruleSets);
        this.problems = List.copyOf(problems);
        this.shadows = List.copyOf(shadows);
    }

    /** The built-in plugins only: those on {@code loader}. */
    public static PluginRegistry load(ClassLoader loader) {
        return load(loader, List.of(), List.of());
    }

    /**
     * All three layers.
     *
     * @param builtIns       the application's class loader; also the parent of every jar's loader
     * @param bundledFolders folders of bundled jars (a missing folder is reported as a problem)
     * @param userFolders    folders of user jars, in the order given (a missing folder is reported as a problem)
     */
    public static PluginRegistry load(ClassLoader builtIns, List<Path> bundledFolders, List<Path> userFolders) {
        List<PluginProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(builtIns, PluginOrigin.BUILT_IN, null, null));
        addJars(units, bundledFolders, PluginOrigin.BUNDLED, builtIns, problems);
        addJars(units, userFolders, PluginOrigin.USER, builtIns, problems);
        List<PluginShadow> shadows = new ArrayList<>();
        List<Plugin<RouteTableParser>> parsers =
                merge(RouteTableParser.class, units, p -> p.info().id(), problems, shadows);
        List<Plugin<RuleSet>> ruleSets = merge(RuleSet.class, units, r -> r.info().id(), problems, shadows);
        return new PluginRegistry(parsers, ruleSets, problems, shadows);
    }

    /** One class loader to search: the application's, or one jar's (then {@code jar} and {@code version} are set). */
    private record Unit(ClassLoader loader, PluginOrigin origin, Path jar, String version) {
    }

    /**
     * A jar's own loader. Service files are looked up in the jar alone: asking the parent too would list every
     * built-in again under this jar's name. It stays open for the rest of the run, because a provider loads its
     * other classes lazily, when it first parses.
     */
    private static final class JarLoader extends URLClassLoader {

        JarLoader(Path jar, ClassLoader parent) throws MalformedURLException {
            super(new URL[] {jar.toUri().toURL()}, parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(SERVICES) ? findResources(name) : super.getResources(name);
        }
    }

    private static void addJars(List<Unit> units, List<Path> folders, PluginOrigin origin, ClassLoader parent,
                                List<PluginProblem> problems) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                problems.add(new PluginProblem(PluginProblem.JAR, "plugin folder " + folder
                        + (Files.exists(folder) ? " is not a folder" : " does not exist")));
                continue;
            }
            List<Path> jars;
            try (Stream<Path> s = Files.list(folder)) {
                // by name, so the order (and so which of two clashing jars is named first) is the same everywhere
                jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                problems.add(new PluginProblem(PluginProblem.JAR, "plugin folder " + folder + " cannot be listed: "
                        + oneLine(e)));
                continue;
            }
            for (Path jar : jars) {
                Unit u = openJar(jar.toAbsolutePath().normalize(), origin, parent, problems);
                if (u != null) {
                    units.add(u);
                }
            }
        }
    }

    private static Unit openJar(Path jar, PluginOrigin origin, ClassLoader parent, List<PluginProblem> problems) {
        String version = null;
        boolean declares;
        // Opened here first because a class loader silently ignores a jar that is not a zip.
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            if (m != null) {
                version = m.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            }
            declares = jf.getEntry(SERVICES + RouteTableParser.class.getName()) != null
                    || jf.getEntry(SERVICES + RuleSet.class.getName()) != null;
        } catch (IOException | SecurityException e) {
            problems.add(new PluginProblem(PluginProblem.JAR, jar + ": not a readable jar (" + oneLine(e) + ")"));
            return null;
        }
        if (!declares) {
            problems.add(new PluginProblem(PluginProblem.JAR, jar + ": declares no plugin (it has no "
                    + SERVICES + RouteTableParser.class.getName() + " nor " + SERVICES + RuleSet.class.getName()
                    + ")"));
            return null;
        }
        try {
            return new Unit(new JarLoader(jar, parent), origin, jar, version == null ? "unknown" : version);
        } catch (MalformedURLException e) {
            problems.add(new PluginProblem(PluginProblem.JAR, jar + ": " + oneLine(e)));
            return null;
        }
    }

    private static <T> List<Plugin<T>> merge(Class<T> service, List<Unit> units, Function<T, String> idOf,
                                             List<PluginProblem> problems, List<PluginShadow> shadows) {
        Map<String, Plugin<T>> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            for (Plugin<T> p : discover(service, u, idOf, problems)) {
                Plugin<T> earlier = byId.get(p.id());
                if (earlier == null) {
                    byId.put(p.id(), p);
                } else if (p.origin() == PluginOrigin.USER && earlier.origin() != PluginOrigin.USER) {
                    byId.put(p.id(), p);
                    shadows.add(new PluginShadow(service.getSimpleName(), p, earlier));
                } else {
                    throw new PluginConflictException("two " + service.getSimpleName() + " plugins have the id '"
                            + p.id() + "': " + earlier.provider().getClass().getName() + " from " + earlier.source()
                            + " and " + p.provider().getClass().getName() + " from " + p.source()
                            + "; remove one of them");
                }
            }
        }
        List<Plugin<T>> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Plugin::id));
        return sorted;
    }

    private static <T> List<Plugin<T>> discover(Class<T> service, Unit unit, Function<T, String> idOf,
                                                List<PluginProblem> problems) {
        String where = unit.jar() == null ? "" : unit.jar() + ": ";
        List<Plugin<T>> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(service, unit.loader()).iterator();
        while (true) {
            T provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(new PluginProblem(service.getSimpleName(), where + oneLine(e)));
                continue;
            }
            if (unit.jar() != null && provider.getClass().getClassLoader() != unit.loader()) {
                // The class came from the application, not the jar: listing it under the jar's name would lie.
                problems.add(new PluginProblem(service.getSimpleName(), where + provider.getClass().getName()
                        + " skipped: the class is not in this jar"));
                continue;
            }
            String id;
            try {
                id = PluginIds.requireValid(idOf.apply(provider));
            } catch (RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(service.getSimpleName(),
                        where + provider.getClass().getName() + " skipped: its info() failed: " + oneLine(e)));
                continue;
            }
            found.add(unit.jar() == null
                    ? new Plugin<>(id, versionOf(provider.getClass()), sourceOf(provider.getClass()), unit.origin(),
                            provider)
                    : new Plugin<>(id, unit.version(), unit.jar().toString(), unit.origin(), provider));
        }
        return found;
    }

    private static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            String m = t.getMessage();
            sb.append(m == null ? t.getClass().getSimpleName() : m.replace('\n', ' '));
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    static String versionOf(Class<?> c) {
        Package p = c.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    static String sourceOf(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        URL url = cs == null ? null : cs.getLocation();
        if (url == null) {
            return "unknown";
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    public List<Plugin<RouteTableParser>> parsers() {
        return parsers;
    }

    public List<Plugin<RuleSet>> ruleSets() {
        return ruleSets;
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    /** User plugins that replaced a built-in or bundled one, in the order found. */
    public List<PluginShadow> shadows() {
        return shadows;
    }

    public Optional<Plugin<RouteTableParser>> parser(String id) {
        return parsers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Plugin<RuleSet>> ruleSet(String id) {
        return ruleSets.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
