package dev.routediff.checks.dns;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.check.DnsServer;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.model.IpAddress;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS {@code scutil --dns}: resolvers under "DNS configuration" serve ordinary queries, those under "DNS
 * configuration (for scoped queries)" (or flagged {@code Scoped}) only queries bound to their {@code if_index}
 * interface. A resolver bound to a tunnel ({@code utun}) is one the VPN set.
 */
@AutoService(DnsReader.class)
public final class ScutilDnsReader implements DnsReader {

    private static final Pattern NAMESERVER = Pattern.compile("\\s*nameserver\\[\\d+\\]\\s*:\\s*(.*)");
    private static final Pattern IF_INDEX = Pattern.compile("\\s*if_index\\s*:\\s*\\d+\\s*\\(([^)]*)\\).*");
    private static final Pattern FLAGS = Pattern.compile("\\s*flags\\s*:\\s*(.*)");

    @Override
    public String id() {
        return "scutil-dns";
    }

    @Override
    public String description() {
        return "macOS resolver configuration, scutil --dns";
    }

    @Override
    public List<String> commands() {
        return List.of("scutil --dns");
    }

    @Override
    public int detect(String sample) {
        boolean header = sample.contains("DNS configuration");
        boolean resolver = sample.contains("resolver #");
        return header && resolver ? 95 : resolver && sample.contains("nameserver[") ? 80 : 0;
    }

    @Override
    public DnsConfig read(Reader in, String source) throws IOException {
        List<String> lines = Lines.read(in, source);
        List<DnsServer> out = new ArrayList<>();
        boolean scopedSection = false;
        List<IpAddress> pending = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        String iface = "";
        boolean scopedFlag = false;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "resolver #end";
            String t = l.strip();
            if (t.startsWith("resolver #") || t.startsWith("DNS configuration")) {
                for (int k = 0; k < pending.size(); k++) {
                    out.add(new DnsServer(pending.get(k), iface, Move.isTunnel(iface), scopedSection || scopedFlag,
                            pendingLines.get(k)));
                }
                pending.clear();
                pendingLines.clear();
                iface = "";
                scopedFlag = false;
                if (t.startsWith("DNS configuration")) {
                    scopedSection = t.contains("scoped");
                }
                continue;
            }
            Matcher m = NAMESERVER.matcher(l);
            if (m.matches()) {
                pending.add(Lines.required(m.group(1), source, i + 1, "after nameserver[N] :"));
                pendingLines.add(i + 1);
                continue;
            }
            m = IF_INDEX.matcher(l);
            if (m.matches()) {
                iface = m.group(1).strip();
                continue;
            }
            m = FLAGS.matcher(l);
            if (m.matches() && m.group(1).contains("Scoped")) {
                scopedFlag = true;
            }
        }
        return new DnsConfig(source, id(), out);
    }
}
