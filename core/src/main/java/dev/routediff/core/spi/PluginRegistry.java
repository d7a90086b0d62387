package dev.routediff.core.spi;

import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.rules.RuleSet;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
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
@Api(Api.Status.INTERNAL)
public final class PluginRegistry {

    private static final String SERVICES = "META-INF/services/";
    /** How a plugin jar's class loader is named: this, then the jar's path. */
    private static final String LOADER_PREFIX = "plugin ";

    // volatile, and the loading methods synchronized: diff reads two large tables on two threads, and either may be
    // the one that opens the deferred jars
    private volatile List<Plugin<RouteTableParser>> parsers;
    private volatile List<Plugin<RuleSet>> ruleSets;
    private volatile List<Plugin<Diagnosis>> diagnoses = List.of();
    private volatile List<Plugin<DnsReader>> dnsReaders = List.of();
    private volatile List<PluginProblem> problems;
    private volatile List<PluginShadow> shadows;
    /** Bundled folders not opened yet; empty once they are (or when nothing was deferred). */
    private List<Path> deferred = List.of();
    /** Whether the built-in rule sets are still to be looked up (a run that reads tables never needs them). */
    private boolean ruleSetsDeferred;
    /** Whether the built-in diagnoses and DNS readers are still to be looked up (only {@code check} needs them). */
    private boolean checksDeferred;
    private ClassLoader parent;
    private Listener listener;

    private PluginRegistry(List<Plugin<RouteTableParser>> parsers, List<Plugin<RuleSet>> ruleSets,
                           List<PluginProblem> problems, List<PluginShadow> shadows) {
        this.parsers = List.copyOf(parsers);
        this.ruleSets = List.copyOf(ruleSets);
        this.problems = List.copyOf(problems);
        this.shadows = List.copyOf(shadows);
    }

    /** Told of the problems and shadowed plugins of each layer when it is loaded (once, or twice when deferred). */
    public interface Listener {
        void loaded(List<PluginProblem> problems, List<PluginShadow> shadows);
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
        List<Plugin<RouteTableParser>> parsers = merge(RouteTableParser.class, units, new ParserId(), problems,
                shadows, new LinkedHashMap<>());
        List<Plugin<RuleSet>> ruleSets = merge(RuleSet.class, units, new RuleSetId(), problems, shadows,
                new LinkedHashMap<>());
        PluginRegistry r = new PluginRegistry(parsers, ruleSets, problems, shadows);
        r.diagnoses = List.copyOf(merge(Diagnosis.class, units, new DiagnosisId(), problems, shadows,
                new LinkedHashMap<>()));
        r.dnsReaders = List.copyOf(merge(DnsReader.class, units, new DnsReaderId(), problems, shadows,
                new LinkedHashMap<>()));
        r.problems = List.copyOf(problems);
        r.shadows = List.copyOf(shadows);
        return r;
    }

    /**
     * All three layers, but the bundled jars are opened only when something asks for more than the built-ins hold:
     * an id they lack, the whole list, the problems, or {@link #loadDeferred()} (when no built-in parser claims an
     * input). Opening a jar means a class loader, a zip and its service files, which a run that a built-in serves
     * never needs. Likewise the built-in rule sets are looked up when a rule set is first asked for. When a user folder holds any jar, everything is loaded at once, exactly as
     * {@link #load(ClassLoader, List, List)} does: a user plugin may shadow a bundled one, and that is said up front.
     *
     * @param listener told of the problems and shadows of what is loaded now, and again when the rest is
     */
    public static PluginRegistry load(ClassLoader builtIns, List<Path> bundledFolders, List<Path> userFolders,
                                      Listener listener) {
        PluginRegistry r;
        if (anyJar(userFolders)) {
            r = load(builtIns, bundledFolders, userFolders);
        } else {
            // No user jar: the user layer can add problems (a missing folder) but no plugin. Built-in parsers now;
            // built-in rule sets when first asked for; the bundled jars when a built-in is not enough.
            List<PluginProblem> problems = new ArrayList<>();
            List<Unit> units = new ArrayList<>();
            units.add(new Unit(builtIns, PluginOrigin.BUILT_IN, null, null));
            addJars(units, userFolders, PluginOrigin.USER, builtIns, problems);
            List<PluginShadow> shadows = new ArrayList<>();
            List<Plugin<RouteTableParser>> parsers = merge(RouteTableParser.class, units, new ParserId(), problems,
                    shadows, new LinkedHashMap<>());
            r = new PluginRegistry(parsers, List.of(), problems, shadows);
            r.ruleSetsDeferred = true;
            r.checksDeferred = true;
            r.deferred = List.copyOf(bundledFolders);
            r.parent = builtIns;
        }
        r.listener = listener;
        listener.loaded(r.problems, r.shadows);
        return r;
    }

    /** Looks up the built-in rule sets if that was deferred. */
    private synchronized void loadBuiltInRuleSets() {
        if (!ruleSetsDeferred) {
            return;
        }
        ruleSetsDeferred = false;
        List<PluginProblem> newProblems = new ArrayList<>();
        List<PluginShadow> newShadows = new ArrayList<>();
        List<Unit> units = List.of(new Unit(parent, PluginOrigin.BUILT_IN, null, null));
        ruleSets = List.copyOf(merge(RuleSet.class, units, new RuleSetId(), newProblems, newShadows,
                new LinkedHashMap<>()));
        addProblems(newProblems);
        listener.loaded(newProblems, newShadows);
    }

    /** Looks up the built-in diagnoses and DNS readers if that was deferred. */
    private synchronized void loadBuiltInChecks() {
        if (!checksDeferred) {
            return;
        }
        checksDeferred = false;
        List<PluginProblem> newProblems = new ArrayList<>();
        List<PluginShadow> newShadows = new ArrayList<>();
        List<Unit> units = List.of(new Unit(parent, PluginOrigin.BUILT_IN, null, null));
        diagnoses = List.copyOf(merge(Diagnosis.class, units, new DiagnosisId(), newProblems, newShadows,
                new LinkedHashMap<>()));
        dnsReaders = List.copyOf(merge(DnsReader.class, units, new DnsReaderId(), newProblems, newShadows,
                new LinkedHashMap<>()));
        addProblems(newProblems);
        listener.loaded(newProblems, newShadows);
    }

    private void addProblems(List<PluginProblem> more) {
        if (!more.isEmpty()) {
            List<PluginProblem> all = new ArrayList<>(problems);
            all.addAll(more);
            problems = List.copyOf(all);
        }
    }

    private static boolean anyJar(List<Path> folders) {
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.jar")) {
                    if (s.iterator().hasNext()) {
                        return true;
                    }
                } catch (IOException e) {
                    return true; // the full load reports it
                }
            }
        }
        return false;
    }

    /**
     * Opens the deferred bundled jars, adding their plugins and problems (the listener is told of them); false when
     * nothing was deferred or they are open already.
     */
    public synchronized boolean loadDeferred() {
        loadBuiltInRuleSets();
        loadBuiltInChecks();
        if (deferred.isEmpty()) {
            return false;
        }
        List<Path> folders = deferred;
        deferred = List.of();
        List<PluginProblem> newProblems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        addJars(units, folders, PluginOrigin.BUNDLED, parent, newProblems);
        List<PluginShadow> newShadows = new ArrayList<>();
        // After the built-ins, as a full load merges them; no user plugin is loaded in this mode.
        parsers = List.copyOf(merge(RouteTableParser.class, units, new ParserId(), newProblems, newShadows,
                byId(parsers)));
        ruleSets = List.copyOf(merge(RuleSet.class, units, new RuleSetId(), newProblems, newShadows,
                byId(ruleSets)));
        diagnoses = List.copyOf(merge(Diagnosis.class, units, new DiagnosisId(), newProblems, newShadows,
                byId(diagnoses)));
        dnsReaders = List.copyOf(merge(DnsReader.class, units, new DnsReaderId(), newProblems, newShadows,
                byId(dnsReaders)));
        addProblems(newProblems);
        listener.loaded(newProblems, newShadows);
        return true;
    }

    private static <T> Map<String, Plugin<T>> byId(List<Plugin<T>> plugins) {
        Map<String, Plugin<T>> m = new LinkedHashMap<>();
        for (Plugin<T> p : plugins) {
            m.put(p.id(), p);
        }
        return m;
    }

    private static final class ById<T> implements Comparator<Plugin<T>> {
        @Override
        public int compare(Plugin<T> a, Plugin<T> b) {
            return a.id().compareTo(b.id());
        }
    }

    private static final class ParserId implements Function<RouteTableParser, String> {
        @Override
        public String apply(RouteTableParser p) {
            return p.info().id();
        }
    }

    private static final class RuleSetId implements Function<RuleSet, String> {
        @Override
        public String apply(RuleSet r) {
            return r.info().id();
        }
    }

    private static final class DiagnosisId implements Function<Diagnosis, String> {
        @Override
        public String apply(Diagnosis d) {
            return d.info().id();
        }
    }

    private static final class DnsReaderId implements Function<DnsReader, String> {
        @Override
        public String apply(DnsReader d) {
            return d.id();
        }
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
            // named after its jar, so that a stack frame says which plugin it is in (see jarOf)
            super(LOADER_PREFIX + jar, new URL[] {jar.toUri().toURL()}, parent);
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
            try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
                jars = new ArrayList<>();
                for (Path p : s) {
                    if (!p.getFileName().toString().endsWith(".jar")) {
                        continue;
                    }
                    if (Files.isRegularFile(p)) {
                        jars.add(p);
                    } else if (!Files.isDirectory(p)) {
                        // a FIFO or device named x.jar: opening it would wait for a writer forever
                        problems.add(new PluginProblem(PluginProblem.JAR, p.toAbsolutePath().normalize()
                                + ": not a regular file"));
                    }
                }
                // by name, so the order (and so which of two clashing jars is named first) is the same everywhere
                Collections.sort(jars);
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
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
        String api = null;
        boolean declares;
        // Opened here first because a class loader silently ignores a jar that is not a zip.
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            if (m != null) {
                version = m.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                api = m.getMainAttributes().getValue(PluginApi.MANIFEST_ATTRIBUTE);
            }
            declares = jf.getEntry(SERVICES + RouteTableParser.class.getName()) != null
                    || jf.getEntry(SERVICES + RuleSet.class.getName()) != null
                    || jf.getEntry(SERVICES + Diagnosis.class.getName()) != null
                    || jf.getEntry(SERVICES + DnsReader.class.getName()) != null;
        } catch (IOException | SecurityException e) {
            problems.add(new PluginProblem(PluginProblem.JAR, jar + ": not a readable jar (" + oneLine(e) + ")"));
            return null;
        }
        Optional<String> refused = api == null ? Optional.empty() : PluginApi.refusal(api);
        if (refused.isPresent()) {
            problems.add(new PluginProblem(PluginProblem.JAR, jar + ": " + refused.get()));
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
                                             List<PluginProblem> problems, List<PluginShadow> shadows,
                                             Map<String, Plugin<T>> byId) {
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
        sorted.sort(new ById<>());
        return sorted;
    }

    private static <T> List<Plugin<T>> discover(Class<T> service, Unit unit, Function<T, String> idOf,
                                                List<PluginProblem> problems) {
        String where = unit.jar() == null ? "" : unit.jar() + ": ";
        List<Plugin<T>> found = new ArrayList<>();
        // built-ins through the single-jar shortcut when started with -jar (start-up speed), else ServiceLoader
        Iterator<T> it = unit.jar() == null ? SingleJarServices.providers(service, unit.loader())
                : ServiceLoader.load(service, unit.loader()).iterator();
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

    /**
     * The plugin jar a stack frame's class came from, or null for a class of the application or the JDK: how a
     * failure or a {@code System.exit} deep inside a plugin is traced back to the plugin.
     */
    public static String jarOf(StackTraceElement frame) {
        String loader = frame.getClassLoaderName();
        return loader != null && loader.startsWith(LOADER_PREFIX) ? loader.substring(LOADER_PREFIX.length()) : null;
    }

    /** The ids of the plugins loaded so far from this jar (or class folder), without loading anything more. */
    public List<String> idsFrom(String source) {
        List<String> ids = new ArrayList<>();
        for (List<? extends Plugin<?>> kind : List.of(parsers, ruleSets, diagnoses, dnsReaders)) {
            for (Plugin<?> p : kind) {
                if (p.source().equals(source) && !ids.contains(p.id())) {
                    ids.add(p.id());
                }
            }
        }
        return ids;
    }

    /** Every parser, sorted by id (deferred jars are opened first). */
    public List<Plugin<RouteTableParser>> parsers() {
        loadDeferred();
        return parsers;
    }

    /** The parsers loaded so far: the built-in ones while the bundled jars are deferred, else all of them. */
    public List<Plugin<RouteTableParser>> loadedParsers() {
        return parsers;
    }

    /** Every rule set, sorted by id (deferred jars are opened first). */
    public List<Plugin<RuleSet>> ruleSets() {
        loadDeferred();
        return ruleSets;
    }

    /** Every diagnosis, sorted by id (deferred jars are opened first). */
    public List<Plugin<Diagnosis>> diagnoses() {
        loadDeferred();
        return diagnoses;
    }

    /** Every DNS configuration reader, sorted by id (deferred jars are opened first). */
    public List<Plugin<DnsReader>> dnsReaders() {
        loadDeferred();
        return dnsReaders;
    }

    /** Every problem (deferred jars are opened first). */
    public List<PluginProblem> problems() {
        loadDeferred();
        return problems;
    }

    /** User plugins that replaced a built-in or bundled one, in the order found. */
    public List<PluginShadow> shadows() {
        loadDeferred();
        return shadows;
    }

    /** The parser with this id; deferred jars are opened only when no loaded parser has it. */
    public Optional<Plugin<RouteTableParser>> parser(String id) {
        Optional<Plugin<RouteTableParser>> p = find(parsers, id);
        return p.isPresent() || !loadDeferred() ? p : find(parsers, id);
    }

    /** The rule set with this id; deferred jars are opened only when no loaded rule set has it. */
    public Optional<Plugin<RuleSet>> ruleSet(String id) {
        loadBuiltInRuleSets();
        Optional<Plugin<RuleSet>> r = find(ruleSets, id);
        return r.isPresent() || !loadDeferred() ? r : find(ruleSets, id);
    }

    private static <T> Optional<Plugin<T>> find(List<Plugin<T>> plugins, String id) {
        for (Plugin<T> p : plugins) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
