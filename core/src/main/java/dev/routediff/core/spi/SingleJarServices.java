package dev.routediff.core.spi;

import dev.routediff.core.internal.ServiceIndex;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The providers of a service on the application's class path, found the fast way when that class path is one jar
 * (as the launchers run it): the jar's service file is read from the launcher's index of it ({@link ServiceIndex}), or
 * straight from the jar, and each provider is made by its public no-argument constructor, as {@link ServiceLoader} does, but
 * without ServiceLoader's first-use cost (a resource scan of every JDK module, a URL connection, its lazy
 * iterators): several milliseconds of a 20-route parse. On any other class path (tests, an IDE,
 * {@code -cp a.jar:b.jar}), or for another class loader, it is ServiceLoader itself, so both find the same providers.
 */
final class SingleJarServices {

    private static final String SERVICES = "META-INF/services/";

    private SingleJarServices() {
    }

    /** The providers of {@code service} that {@code loader} sees, in the order of the service file. */
    static <T> Iterator<T> providers(Class<T> service, ClassLoader loader) {
        return providers(service, loader, System.getProperty("java.class.path", ""));
    }

    /** The same for this class path (a test passes its own). */
    static <T> Iterator<T> providers(Class<T> service, ClassLoader loader, String classPath) {
        String jar = loader == ClassLoader.getSystemClassLoader() ? singleJar(classPath) : null;
        if (jar != null) {
            try {
                return new Providers<>(service, loader, namesIn(jar, service));
            } catch (IOException | SecurityException e) {
                // an unreadable jar: ServiceLoader reports whatever is wrong with it
            }
        }
        return ServiceLoader.load(service, loader).iterator();
    }

    /** The class path when it is one jar, else null. */
    private static String singleJar(String classPath) {
        return classPath.endsWith(".jar") && classPath.indexOf(File.pathSeparatorChar) < 0 ? classPath : null;
    }

    /**
     * The provider class names in the jar's service file, without comments or repeats; none without one. From the
     * launcher's index of the jar's service files when there is one for this jar ({@link ServiceIndex}), which spares
     * opening the jar; else from the jar.
     */
    private static List<String> namesIn(String path, Class<?> service) throws IOException {
        String index = System.getProperty(ServiceIndex.PROPERTY);
        if (index != null) {
            List<String> names = ServiceIndex.providers(index, new File(path), service.getName());
            if (names != null) {
                return names;
            }
        }
        try (JarFile jar = new JarFile(path)) {
            JarEntry entry = jar.getJarEntry(SERVICES + service.getName());
            if (entry == null) {
                return new ArrayList<>();
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return ServiceIndex.providerNames(in);
            }
        }
    }

    /** Providers named in a service file, made one by one; a failure is a ServiceConfigurationError, as ServiceLoader's. */
    private static final class Providers<T> implements Iterator<T> {

        private final Class<T> service;
        private final ClassLoader loader;
        private final List<String> names;
        private int next;

        Providers(Class<T> service, ClassLoader loader, List<String> names) {
            this.service = service;
            this.loader = loader;
            this.names = names;
        }

        @Override
        public boolean hasNext() {
            return next < names.size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String name = names.get(next++);
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new ServiceConfigurationError(service.getName() + ": Provider " + name + " not found", e);
            }
            if (!service.isAssignableFrom(c)) {
                throw new ServiceConfigurationError(service.getName() + ": Provider " + name + " not a subtype");
            }
            try {
                return service.cast(c.getConstructor().newInstance());
            } catch (InvocationTargetException e) {
                throw new ServiceConfigurationError(service.getName() + ": Provider " + name
                        + " could not be instantiated", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new ServiceConfigurationError(service.getName() + ": Provider " + name
                        + " could not be instantiated", e);
            }
        }
    }
}
