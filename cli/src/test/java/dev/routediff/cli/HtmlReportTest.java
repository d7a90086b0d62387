package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.cli.CliTest.Result;
import dev.routediff.core.testkit.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report, read back with a real HTML parser: its structure, what it links to, and its size. */
class HtmlReportTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();
    private static final Path GOLDEN = Path.of("src/test/resources/html");

    static Document html(Result r) {
        assertEquals("", r.err());
        return Jsoup.parse(r.out());
    }

    @Test
    void explainReportMatchesItsGoldenOutline() {
        Result r = CliTest.run("explain", BEFORE, AFTER, "--format", "html");
        assertEquals(0, r.code(), r.err());
        GoldenFiles.assertMatches(GOLDEN.resolve("explain-clientvpn-split.outline.txt"), outline(html(r)));
    }

    @Test
    void sideBySideRowsAreHighlightedAndCarryRuleBadges() {
        Document d = html(CliTest.run("explain", BEFORE, AFTER, "--format", "html"));
        Element table = d.selectFirst("table.routes");
        assertEquals(2, table.select("thead tr").size());
        assertEquals(2, table.select("thead th[scope=colgroup]").size());
        Elements added = table.select("tbody tr.added");
        assertEquals(11, added.size());
        for (Element row : added) {
            assertEquals("4", row.selectFirst("td.void").attr("colspan"), "the before side is empty");
            Element badge = row.selectFirst("a.badge");
            String target = badge.attr("href");
            assertTrue(target.startsWith("#rule-"), target);
            Element note = d.getElementById(target.substring(1));
            assertTrue(note != null && note.text().contains(badge.text()), target);
            assertTrue(badge.attr("title").contains("Source: BLOG"), badge.attr("title"));
        }
        Element pushed = table.select("tbody tr.added").stream()
                .filter(e -> e.text().contains("172.16.0.0/24")).findFirst().orElseThrow();
        assertEquals("3", pushed.selectFirst("a.badge").text());
        assertTrue(pushed.selectFirst("a.badge").attr("title").startsWith("Rule 3 (pushed-route): Split tunnel on"));
        assertEquals(1, table.select("tbody tr.ignored").size(), "the new ARP entry 192.168.0.23");
        assertTrue(d.select("td.kind").size() >= 25);
        for (Element th : d.select("th")) {
            assertTrue(th.hasAttr("scope"), "every header cell says what it heads: " + th);
        }
    }

    @Test
    void mapsHaveOneTitledCellPerBlockAndShowTheTunnelTakingPartOfTenSlashEight() {
        Document d = html(CliTest.run("explain", BEFORE, AFTER, "--format", "html"));
        Elements maps = d.select("svg.map");
        // all of IPv4, 10/8 and 172/8 (the /8s the tunnel's routes touch), each before and after
        assertEquals(6, maps.size());
        for (Element svg : maps) {
            assertEquals(256, svg.select("g.c").size());
            assertEquals(256, svg.select("g.c > title").size());
            assertTrue(svg.hasAttr("aria-labelledby"));
        }
        Element ten = cell(d.getElementById("m0a"), "10.0.0.0/8");
        assertTrue(ten.hasClass("mixed") && ten.hasClass("t") && ten.hasClass("moved"), ten.className());
        assertTrue(cell(d.getElementById("m0b"), "10.0.0.0/8").hasClass("default"));
        Element sixtyThree = cell(d.getElementById("m1a"), "10.63.0.0/16");
        assertTrue(sixtyThree.hasClass("tunnel"), sixtyThree.className());
        assertTrue(sixtyThree.selectFirst("title").text().contains("10.63.0.0/16 via 10.243.0.1 utun3"));
        assertTrue(cell(d.getElementById("m1a"), "10.243.0.0/16").hasClass("mixed"));
        assertTrue(cell(d.getElementById("m0a"), "192.168.0.0/8".replace("192.168.0.0", "192.0.0.0"))
                .hasClass("mixed"), "the LAN splits 192/8");
        assertTrue(cell(d.getElementById("m0a"), "127.0.0.0/8").hasClass("lan"));
        assertTrue(d.selectFirst("table.moved").text().contains("10.63.0.0/16 Default route Tunnel"));
    }

    @Test
    void mapOptionChoosesTheDetailMaps() {
        Document d = html(CliTest.run("diff", BEFORE, AFTER, "--format", "html", "--map", "192.168.0.0/16"));
        assertEquals(4, d.select("svg.map").size());
        Element lan = cell(d.getElementById("m1a"), "192.168.0.0/24");
        assertTrue(lan.hasClass("lan"), lan.className());
        Result bad = CliTest.run("diff", BEFORE, AFTER, "--format", "html", "--map", "10.0.0.0/25");
        assertEquals(2, bad.code());
        assertEquals("routediff: --map 10.0.0.0/25: expected an IPv4 prefix of length 0 to 24, such as 10.0.0.0/8 "
                + "(see 'routediff diff --help')\n", bad.err());
    }

    private static Element cell(Element svg, String prefix) {
        for (Element g : svg.select("g.c")) {
            if (g.selectFirst("title").text().startsWith(prefix + ":")) {
                return g;
            }
        }
        throw new AssertionError("no cell " + prefix);
    }

    @Test
    void nothingIsFetchedAndNothingNeedsScript() {
        for (String[] args : new String[][] {
            {"explain", BEFORE, AFTER, "--format", "html"},
            {"diff", BEFORE, AFTER, "--format", "html"},
            {"lookup", AFTER, "172.16.0.5", "8.8.8.8", "--before", BEFORE, "--format", "html"},
            {"lookup", AFTER, "172.16.0.5", "--format", "html"},
            {"predict", "--before", BEFORE, "--client-cidr", "10.243.0.0/22", "--assigned-ip", "10.243.0.7",
                "--split-tunnel", "--route", "10.63.0.0/16", "--route", "0.0.0.0/0", "--format", "html"},
            {"demo", "--format", "html"},
        }) {
            Result r = CliTest.run(args);
            assertTrue(r.code() == 0 || r.code() == 1, r.err());
            assertSelfContained(r.out());
        }
    }

    static void assertSelfContained(String page) {
        Document d = Jsoup.parse(page);
        assertTrue(d.select("script, link, img, iframe, object, embed, audio, video, source, base, form").isEmpty());
        for (Element e : d.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String k = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (k.equals("href") || k.equals("src") || k.equals("xlink:href") || k.equals("action")
                        || k.equals("srcset") || k.equals("poster") || k.equals("data")) {
                    assertTrue(a.getValue().startsWith("#"), "a reference out of the page: " + e);
                }
                assertFalse(k.startsWith("on"), "an event handler (script): " + e);
            }
        }
        String css = d.select("style").html();
        assertFalse(css.contains("@import"));
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("url\\(([^)]*)\\)").matcher(page);
        while (url.find()) {
            assertTrue(url.group(1).startsWith("#"), url.group());
        }
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .startsWith("default-src 'none'"));
        assertTrue(css.contains("prefers-color-scheme: dark"));
        assertTrue(css.contains("@media print"));
    }

    @Test
    void lookupReportTracesEachAddress() {
        Document d = html(CliTest.run("lookup", AFTER, "172.16.0.5", "192.168.0.20", "--before", BEFORE,
                "--format", "html"));
        Elements rows = d.select("table.lookups tbody tr");
        assertEquals(2, rows.size());
        assertEquals("172.16.0.5", rows.get(0).selectFirst("th").text());
        assertTrue(rows.get(0).hasClass("changed"));
        assertTrue(rows.get(0).text().contains("into tunnel"));
        assertTrue(rows.get(0).text().contains("longest prefix /24 of 2 candidates"));
        assertFalse(rows.get(1).hasClass("changed"));
        assertEquals("172.16.0.5 (looked up)", d.selectFirst("#m0a circle.probe title").text());
        assertEquals(2, d.select("#m0b circle.probe").size(), "both addresses, on the map of the table before too");
        assertEquals(1, d.select("#m2a circle.probe").size(), "172.16.0.5 on the 172/8 map");
    }

    @Test
    void lookupTraceListsEveryCandidateInTheDecisionsOrder() {
        Result r = CliTest.run("lookup", AFTER, "172.16.0.5", "--before", BEFORE, "--trace", "--format", "html");
        assertEquals(0, r.code(), r.err());
        Document d = html(r);
        assertEquals(1, d.select("table.lookups tbody tr").size(), "the answer stays on top");
        Element trace = d.selectFirst("#trace table.trace");
        assertTrue(trace.selectFirst("caption").text().startsWith("172.16.0.5 → tunnel: longest prefix /24"),
                trace.selectFirst("caption").text());
        Elements chosen = trace.select("tbody tr.chosen");
        assertEquals(1, chosen.size());
        assertEquals("172.16.0.0/24", chosen.first().selectFirst("th").text());
        assertTrue(trace.select("tbody tr").size() >= 2, "the default route is a candidate passed over");
        Element before = d.selectFirst("#trace-before table.trace");
        assertTrue(before.selectFirst("caption").text().startsWith("172.16.0.5 → LAN"),
                before.selectFirst("caption").text());
    }

    @Test
    void checkReportPutsTheFindingsWithTheirFixesAndEvidenceFirst() {
        String table = ROOT.resolve("examples/check/macos-split-lan-shadowed.txt").toString();
        Result r = CliTest.run("check", table, "--format", "html");
        assertEquals(1, r.code(), r.err());
        Document d = html(r);
        assertSelfContained(r.out());
        Element finding = d.selectFirst("#findings li.warning, #findings li.error");
        assertTrue(finding.selectFirst("code").text().equals("vpn-route-shadowed"), finding.text());
        assertTrue(finding.selectFirst(".fix").text().startsWith("Fix: "), finding.text());
        assertTrue(finding.selectFirst(".example").text().startsWith("Example: "), finding.text());
        assertTrue(finding.select(".evidence li").first().text().matches(".*macos-split-lan-shadowed\\.txt:\\d+: .*"),
                finding.select(".evidence").text());
        String page = d.body().html();
        assertTrue(page.indexOf("id=\"findings\"") < page.indexOf("id=\"map"), "findings before the maps");
        assertFalse(d.select("ul.legend").text().contains("redacted"), "no redaction in the legend of a plain report");
        assertTrue(d.selectFirst("header").text().contains("macos-split-lan-shadowed.txt"));
    }

    @Test
    void tenThousandRoutesCollapseAndTheReportSaysWhatItLeftOut(@TempDir Path dir) throws IOException {
        StringBuilder before = new StringBuilder("Routing tables\n\nInternet:\n"
                + "Destination        Gateway            Flags           Netif Expire\n"
                + "default            192.168.0.1        UGScg             en0\n");
        for (int i = 0; i < 10_000; i++) {
            before.append(String.format("10.%d.%d/24 192.168.0.1 UGSc en0%n", i / 256, i % 256));
        }
        String after = before + "172.16.5/24 10.243.0.1 UGSc utun3\n";
        String beforeText = before.toString().replace("10.3.7/24 192.168.0.1 UGSc en0\n", "");
        Path b = Files.writeString(dir.resolve("before.txt"), beforeText);
        Path a = Files.writeString(dir.resolve("after.txt"), after);
        Result r = CliTest.run("diff", b.toString(), a.toString(), "--format", "html");
        assertEquals(1, r.code(), r.err());
        int bytes = r.out().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 400_000, "report of 10,000 routes is " + bytes + " bytes");
        Document d = Jsoup.parse(r.out());
        assertEquals(2, d.select("table.routes tr.added").size());
        assertTrue(d.select("table.routes tbody tr").size() < 40);
        Elements gaps = d.select("tr.gap");
        assertFalse(gaps.isEmpty());
        assertTrue(gaps.first().text().matches("⋯ [\\d,]+ unchanged rows not shown \\(.*\\)"), gaps.first().text());
        assertTrue(d.selectFirst("footer").text().contains("unchanged or ignored rows of the route tables (collapsed"),
                d.selectFirst("footer").text());
    }

    @Test
    void otherCommandsRefuseHtml() {
        Result r = CliTest.run("parse", AFTER, "--format", "html");
        assertEquals(2, r.code());
        assertEquals("routediff: --format html is offered by diff, explain, lookup, check, predict --before and demo\n",
                r.err());
        Result p = CliTest.run("predict", "--client-cidr", "10.243.0.0/22", "--format", "html");
        assertEquals(2, p.code());
        assertTrue(p.err().startsWith("routediff: predict --format html needs --before FILE"), p.err());
        assertEquals("", p.out());
    }

    /** A plain-text outline of the page: what a golden file can hold without every byte of markup. */
    static String outline(Document d) {
        StringBuilder sb = new StringBuilder();
        sb.append("title: ").append(d.title()).append('\n');
        sb.append("status: ").append(d.selectFirst(".status").text()).append('\n');
        for (Element row : d.select("#inputs-h + table tbody tr")) {
            sb.append("input: ").append(row.child(0).text()).append(" | ")
                    .append(row.child(1).text().replace(ROOT.toString(), "")).append(" | ").append(row.child(2).text())
                    .append(" | ").append(row.child(3).text()).append(" | ").append(row.child(5).text()).append('\n');
        }
        for (Element row : d.select("#settings-h + table tr")) {
            sb.append("setting: ").append(row.text()).append('\n');
        }
        sb.append("counts: ").append(d.select(".counts li").eachText()).append('\n');
        for (Element h : d.select("main h2, main h3")) {
            sb.append(h.tagName()).append(": ").append(h.text()).append('\n');
        }
        for (Element row : d.select("table.routes tr")) {
            String cls = row.className().isEmpty() ? "-" : row.className();
            sb.append("row ").append(cls).append(": ");
            for (Element c : row.children()) {
                sb.append(c.hasClass("void") ? "·" : c.text()).append(" | ");
            }
            Element badge = row.selectFirst(".badge");
            if (badge != null && badge.hasAttr("href")) {
                sb.append("→ ").append(badge.attr("href"));
            }
            sb.append('\n');
        }
        for (Element svg : d.select("svg.map")) {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Element g : svg.select("g.c")) {
                kinds.merge(g.className().replace("c ", ""), 1, Integer::sum);
            }
            sb.append("map ").append(svg.id()).append(": ").append(svg.selectFirst("title").text()).append(' ')
                    .append(kinds).append('\n');
        }
        for (Element row : d.select("table.moved tbody tr")) {
            sb.append("moved: ").append(row.text()).append('\n');
        }
        for (Element dt : d.select("dl.rules dt")) {
            sb.append("rule: ").append(dt.id()).append(' ').append(dt.text()).append('\n');
        }
        return sb.toString();
    }

    static Result run(String... args) {
        return CliTest.run(Map.of(), false, new ByteArrayInputStream(new byte[0]), args);
    }
}
