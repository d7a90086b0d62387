package dev.routediff.core.spi;

import dev.routediff.core.rules.RuleSet;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The parsers and rule sets found on a class loader, sorted by id.
 *
 * <p>Like SLF4J's provider lookup, a provider that fails to load (missing class, throwing constructor, broken
 * {@code info()}) is recorded in {@link #problems()} and skipped, so one bad jar never takes the tool down. Two
 * providers with one id are a {@link PluginConflictException}: silently picking one would make results depend on
 * class-path order.
 */
public final class PluginRegistry {

    private final List<Plugin<RouteTableParser>> parsers;
    private final List<Plugin<RuleSet>> ruleSets;
    private final List<PluginProblem> problems;

    private PluginRegistry(List<Plugin<RouteTableParser>> parsers, List<Plugin<RuleSet>> ruleSets,
                           List<PluginProblem> problems) {
        this.parsers = List.copyOf(parsers);
        this.ruleSets = List.copyOf(ruleSets);
        this.problems = List.copyOf(problems);
    }

    public static PluginRegistry load(ClassLoader loader) {
        List<PluginProblem> problems = new ArrayList<>();
        List<Plugin<RouteTableParser>> parsers = discover(RouteTableParser.class, loader, p -> p.info().id(), problems);
        List<Plugin<RuleSet>> ruleSets = discover(RuleSet.class, loader, r -> r.info().id(), problems);
        return new PluginRegistry(parsers, ruleSets, problems);
    }

    static <T> List<Plugin<T>> discover(Class<T> service, ClassLoader loader, Function<T, String> idOf,
                                        List<PluginProblem> problems) {
        Map<String, Plugin<T>> byId = new LinkedHashMap<>();
        Iterator<T> it = ServiceLoader.load(service, loader).iterator();
        while (true) {
            T provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(new PluginProblem(service.getSimpleName(), oneLine(e)));
                continue;
            }
            String id;
            try {
                id = PluginIds.requireValid(idOf.apply(provider));
            } catch (RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(service.getSimpleName(),
                        provider.getClass().getName() + " skipped: its info() failed: " + oneLine(e)));
                continue;
            }
            Plugin<T> plugin = new Plugin<>(id, versionOf(provider.getClass()), sourceOf(provider.getClass()), provider);
            Plugin<T> earlier = byId.putIfAbsent(id, plugin);
            if (earlier != null) {
                throw new PluginConflictException("two " + service.getSimpleName() + " plugins have the id '" + id
                        + "': " + earlier.provider().getClass().getName() + " from " + earlier.source() + " and "
                        + provider.getClass().getName() + " from " + plugin.source() + "; remove one of them");
            }
        }
        List<Plugin<T>> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Plugin::id));
        return sorted;
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

    public Optional<Plugin<RouteTableParser>> parser(String id) {
        return parsers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Plugin<RuleSet>> ruleSet(String id) {
        return ruleSets.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
