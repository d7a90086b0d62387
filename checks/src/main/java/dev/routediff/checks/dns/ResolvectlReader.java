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
 * systemd-resolved's {@code resolvectl status} (and the older {@code systemd-resolve --status}): a Global section
 * and one section per link, {@code Link 3 (tun0)}. A link's {@code DNS Servers} list may run on over indented lines.
 * A link with {@code -DefaultRoute} only answers for its own domains; a tunnel link's servers are the VPN's.
 */
@AutoService(DnsReader.class)
public final class ResolvectlReader implements DnsReader {

    private static final Pattern LINK = Pattern.compile("Link\\s+\\d+\\s+\\(([^)]*)\\)\\s*");
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z][A-Za-z. ]*?)\\s*:\\s*(.*)");

    @Override
    public String id() {
        return "resolvectl";
    }

    @Override
    public String description() {
        return "systemd-resolved status, resolvectl status";
    }

    @Override
    public List<String> commands() {
        return List.of("resolvectl status", "systemd-resolve --status");
    }

    @Override
    public int detect(String sample) {
        boolean link = sample.contains("\nLink ") || sample.startsWith("Link ");
        boolean global = sample.startsWith("Global") || sample.contains("\nGlobal");
        return (link || global) && (sample.contains("DNS Servers:") || sample.contains("Current Scopes:")
                || sample.contains("resolv.conf mode:")) ? 90 : 0;
    }

    @Override
    public DnsConfig read(Reader in, String source) throws IOException {
        List<String> lines = Lines.read(in, source);
        List<DnsServer> out = new ArrayList<>();
        String iface = "";
        boolean defaultRoute = true;
        int first = out.size();
        boolean inServers = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String t = l.strip();
            Matcher link = LINK.matcher(t);
            if (link.matches() || t.equals("Global")) {
                fixScope(out, first, defaultRoute);
                iface = link.matches() ? link.group(1) : "";
                defaultRoute = true;
                first = out.size();
                inServers = false;
                continue;
            }
            Matcher kv = KEY.matcher(l);
            if (kv.matches() && IpAddress.tryParse(kv.group(1).strip()) == null) {
                String key = kv.group(1).strip();
                // fallback servers are used only when no link has any, so they are left out
                inServers = key.equals("DNS Servers");
                if (key.equals("Protocols") || key.equals("Current Scopes")) {
                    defaultRoute &= !kv.group(2).contains("-DefaultRoute");
                }
                if (key.equals("DefaultRoute setting")) {
                    defaultRoute &= !kv.group(2).strip().equals("no");
                }
                if (inServers) {
                    addAll(out, kv.group(2), iface, source, i + 1);
                }
                continue;
            }
            if (inServers && !t.isEmpty()) {
                addAll(out, t, iface, source, i + 1);
            } else {
                inServers = false;
            }
        }
        fixScope(out, first, defaultRoute);
        return new DnsConfig(source, id(), out);
    }

    private static void addAll(List<DnsServer> out, String values, String iface, String source, int line) {
        for (String token : values.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                IpAddress a = Lines.required(token, source, line, "in the DNS Servers list");
                out.add(new DnsServer(a, iface, Move.isTunnel(iface), false, line));
            }
        }
    }

    /** A link without DefaultRoute serves only its own domains: its servers are not used for other names. */
    private static void fixScope(List<DnsServer> out, int from, boolean defaultRoute) {
        if (defaultRoute) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            DnsServer s = out.get(i);
            out.set(i, new DnsServer(s.address(), s.iface(), s.vpn(), true, s.line()));
        }
    }
}
