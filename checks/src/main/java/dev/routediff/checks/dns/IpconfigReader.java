package dev.routediff.checks.dns;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.check.DnsServer;
import dev.routediff.core.model.IpAddress;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Windows {@code ipconfig /all}, in any language: an adapter starts at an unindented line ending in {@code :}; its
 * DNS servers are the addresses of the label that names DNS (DNS Servers, DNS-Server, Serveurs DNS, …) and the
 * indented lines after it. The route table names interfaces by their IPv4 address, so each server is bound to its
 * adapter's IPv4 address. An adapter whose description names a VPN driver (TAP-Windows, Wintun, WireGuard,
 * OpenVPN, AWS VPN) is a tunnel, and its servers are the VPN's.
 */
@AutoService(DnsReader.class)
public final class IpconfigReader implements DnsReader {

    private static final Pattern VPN = Pattern.compile(".*(tap-win|wintun|wireguard|openvpn|aws vpn|tap adapter).*");
    private static final Pattern LABEL = Pattern.compile("\\s+([^:]*?)[ .]*:\\s*(.*)");

    @Override
    public String id() {
        return "ipconfig-all";
    }

    @Override
    public String description() {
        return "Windows adapter configuration, ipconfig /all";
    }

    @Override
    public List<String> commands() {
        return List.of("ipconfig /all");
    }

    @Override
    public int detect(String sample) {
        boolean dots = sample.contains(". . . :") || sample.contains(". . :");
        boolean adapter = sample.toLowerCase(Locale.ROOT).contains("adapter") || sample.contains("Windows IP");
        return dots && adapter ? 90 : dots ? 60 : 0;
    }

    @Override
    public DnsConfig read(Reader in, String source) throws IOException {
        List<String> lines = Lines.read(in, source);
        List<DnsServer> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean header = i == lines.size() || (!lines.get(i).isEmpty()
                    && !Character.isWhitespace(lines.get(i).charAt(0)) && lines.get(i).endsWith(":"));
            if (header) {
                adapter(lines, start, i, source, out);
                start = i;
            }
        }
        return new DnsConfig(source, id(), out);
    }

    private void adapter(List<String> lines, int from, int to, String source, List<DnsServer> out) {
        String ipv4 = "";
        boolean vpn = false;
        List<IpAddress> servers = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        boolean inDns = false;
        for (int i = from; i < to; i++) {
            String l = lines.get(i);
            vpn |= VPN.matcher(l.toLowerCase(Locale.ROOT)).matches();
            var m = LABEL.matcher(l);
            if (i > from && m.matches() && !m.group(1).isBlank()) {
                String label = m.group(1).toUpperCase(Locale.ROOT);
                IpAddress value = Lines.address(m.group(2));
                inDns = label.contains("DNS") && value != null;
                if (inDns) {
                    servers.add(value);
                    at.add(i + 1);
                } else if (label.contains("IPV4") && value != null && value.isIpv4() && ipv4.isEmpty()) {
                    ipv4 = value.toString();
                }
                continue;
            }
            IpAddress more = inDns ? Lines.address(l) : null;
            if (more != null) {
                servers.add(more);
                at.add(i + 1);
            } else {
                inDns = false;
            }
        }
        for (int k = 0; k < servers.size(); k++) {
            out.add(new DnsServer(servers.get(k), ipv4, vpn, false, at.get(k)));
        }
    }
}
