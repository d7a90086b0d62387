package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a plugin author sees of a table: this list and no more. The column store and the differ's identity rules live
 * in {@code dev.routediff.core.internal} and {@code dev.routediff.core.diff}; a new public member here is an API
 * decision, to be made on purpose (and added below).
 */
class RouteTableSurfaceTest {

    @Test
    void routeTableShowsOnlyItsSmallSurface() {
        assertEquals(new TreeSet<>(Set.of(
                        "RouteTable(String,String,List)",
                        "static builder(String,String,int)",
                        "source()", "parserId()", "size()", "route(int)", "routes()", "section(AddressFamily)",
                        "platform()", "withPlatform(Platform)", "policy()", "withPolicy(PolicyRules)",
                        "equals(Object)", "hashCode()", "toString()")),
                surface(RouteTable.class));
    }

    @Test
    void builderTakesRoutesOnly() {
        assertEquals(new TreeSet<>(Set.of("add(Route)", "size()", "policy(PolicyRules)", "build()")),
                surface(RouteTable.Builder.class));
    }

    /** Public and protected members declared by {@code type} or inherited from a superclass other than Object. */
    private static Set<String> surface(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers())) {
                out.add(type.getSimpleName() + "(" + params(c.getParameterTypes()) + ")");
            }
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Method m : t.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    out.add((Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getName() + "("
                            + params(m.getParameterTypes()) + ")");
                }
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String params(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.joining(","));
    }
}
