package dev.routediff.core.check;

import java.util.List;
import java.util.Objects;

/**
 * The DNS servers of a machine, read from its resolver configuration ({@code scutil --dns}, {@code resolv.conf},
 * {@code resolvectl status}, {@code ipconfig /all}).
 *
 * @param source   the name the user gave the file
 * @param readerId the {@link DnsReader} that read it
 * @param servers  every server named, in the order of the file (one address may appear more than once)
 */
public record DnsConfig(String source, String readerId, List<DnsServer> servers) {

    public DnsConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(readerId, "readerId");
        servers = List.copyOf(servers);
    }
}
