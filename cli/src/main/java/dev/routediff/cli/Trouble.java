package dev.routediff.cli;

import dev.routediff.core.spi.PluginRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one-line messages for trouble that is not bad input: memory, a failing plugin, a plugin that ends the JVM. */
final class Trouble {

    /** The environment variable the launchers pass to Java (README, "Memory"). */
    static final String JAVA_OPTS = "ROUTEDIFF_JAVA_OPTS";

    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;

    private Trouble() {
    }

    /**
     * "out of memory reading big.txt (Java's heap is at most 1024 MiB); give Java more heap with the environment
     * variable ROUTEDIFF_JAVA_OPTS, e.g. ROUTEDIFF_JAVA_OPTS=-Xmx4g".
     *
     * @param inputs  the tables read so far
     * @param reading the table being read when memory ran out, or null
     */
    static String outOfMemory(List<String> inputs, String reading, long maxHeap) {
        String where = reading != null ? " reading " + reading
                : inputs.isEmpty() ? "" : " working on " + String.join(" and ", inputs.stream().distinct().toList());
        // at least 4 GiB, and at least twice what was not enough
        long suggest = Math.max(4, (2 * maxHeap + GIB - 1) / GIB);
        return "out of memory" + where + " (Java's heap is at most " + maxHeap / MIB + " MiB); give Java more heap "
                + "with the environment variable " + JAVA_OPTS + ", e.g. " + JAVA_OPTS + "=-Xmx" + suggest + "g";
    }

    /**
     * "plugin 'slow-csv' (com.example.Csv.parse, from /home/me/plugins/csv.jar)" when the deepest plugin frame of
     * the failure's stack is in a plugin jar; null when the failure is not in a plugin.
     *
     * @param idsFrom the plugin ids a jar provides, as far as they are loaded
     */
    static String pluginOf(Throwable failure, Function<String, List<String>> idsFrom) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String plugin = pluginOf(t.getStackTrace(), 0, idsFrom);
            if (plugin != null) {
                return plugin;
            }
        }
        return null;
    }

    private static String pluginOf(StackTraceElement[] frames, int from, Function<String, List<String>> idsFrom) {
        for (int i = from; i < frames.length; i++) {
            String jar = PluginRegistry.jarOf(frames[i]);
            if (jar != null) {
                return describe(frames[i], jar, idsFrom);
            }
        }
        return null;
    }

    private static String describe(StackTraceElement frame, String jar, Function<String, List<String>> idsFrom) {
        List<String> ids = idsFrom.apply(jar);
        String named = ids.isEmpty() ? "a plugin" : ids.size() == 1 ? "plugin '" + ids.get(0) + "'"
                : "a plugin of " + String.join(", ", ids);
        return named + " (" + frame.getClassName() + "." + frame.getMethodName() + ", from " + jar + ")";
    }

    /**
     * Who called {@code System.exit} (or {@code Runtime.exit}), from the stacks of all threads while the JVM shuts
     * down: the plugin, or the class and method when it is not in a plugin; null when no thread did, i.e. the JVM
     * ends for a signal (Ctrl-C) or because the last thread ended.
     */
    static String exitCaller(Map<Thread, StackTraceElement[]> stacks, Function<String, List<String>> idsFrom) {
        for (StackTraceElement[] frames : stacks.values()) {
            int caller = -1;
            for (int i = 0; i < frames.length; i++) {
                String c = frames[i].getClassName();
                String m = frames[i].getMethodName();
                if ((c.equals("java.lang.Runtime") && m.equals("exit"))
                        || (c.equals("java.lang.System") && m.equals("exit"))) {
                    caller = i + 1;
                }
            }
            if (caller < 0 || caller >= frames.length) {
                continue;
            }
            String plugin = pluginOf(frames, caller, idsFrom);
            StackTraceElement f = frames[caller];
            return plugin != null ? plugin : f.getClassName() + "." + f.getMethodName();
        }
        return null;
    }
}
