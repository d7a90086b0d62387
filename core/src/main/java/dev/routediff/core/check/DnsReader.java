package dev.routediff.core.check;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads one kind of resolver configuration into a {@link DnsConfig}. Found with {@link java.util.ServiceLoader}
 * (register with {@code @AutoService(DnsReader.class)}); stateless, with a public no-argument constructor.
 */
public interface DnsReader {

    /** Stable id ({@code scutil-dns}). */
    String id();

    /** One line: what it reads. */
    String description();

    /** The commands or files whose output it reads ({@code scutil --dns}). */
    java.util.List<String> commands();

    /** How sure it is (0..100) that {@code sample}, the start of the input, is its format; must not throw. */
    int detect(String sample);

    /**
     * Reads the whole input; bad input is a {@link dev.routediff.core.spi.RouteInputException} naming
     * {@code source} and the line.
     */
    DnsConfig read(Reader in, String source) throws IOException;
}
