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

/**
 * {@code /etc/resolv.conf} (resolv.conf(5)): {@code nameserver} lines, global to the machine; comments start with
 * {@code #} or {@code ;}. A link-local server's {@code %scope} binds it to that interface.
 */
@AutoService(DnsReader.class)
public final class ResolvConfReader implements DnsReader {

    private static final List<String> KEYWORDS = List.of("nameserver", "search", "domain", "options", "sortlist");

    @Override
    public String id() {
        return "resolv-conf";
    }

    @Override
    public String description() {
        return "Linux and BSD resolver configuration, /etc/resolv.conf";
    }

    @Override
    public List<String> commands() {
        return List.of("cat /etc/resolv.conf");
    }

    @Override
    public int detect(String sample) {
        boolean nameserver = false;
        for (String l : sample.split("\r?\n")) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            String word = t.split("\\s+")[0];
            if (!KEYWORDS.contains(word)) {
                return 0;
            }
            nameserver |= word.equals("nameserver");
        }
        return nameserver ? 70 : 0;
    }

    @Override
    public DnsConfig read(Reader in, String source) throws IOException {
        List<String> lines = Lines.read(in, source);
        List<DnsServer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] w = lines.get(i).strip().split("\\s+");
            if (w.length == 0 || !w[0].equals("nameserver")) {
                continue;
            }
            if (w.length < 2) {
                throw new dev.routediff.core.spi.RouteInputException(source, i + 1,
                        "expected an IP address after nameserver, found nothing");
            }
            IpAddress a = Lines.required(w[1], source, i + 1, "after nameserver");
            out.add(new DnsServer(a, a.zone() == null ? "" : a.zone(), false, false, i + 1));
        }
        return new DnsConfig(source, id(), out);
    }
}
