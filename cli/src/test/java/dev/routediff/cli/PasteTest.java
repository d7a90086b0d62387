package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables as people paste them (src/test/resources/pastes, see its PROVENANCE.md): fragments, squeezed blanks, tabs,
 * prompts, quote markers, Markdown, blank lines. With every bundled parser installed, detection picks the right
 * parser, the routes are those of the clean text they were made from, every route's line number points at the
 * user's own line, noise is announced in one notice line, and a before and an after pasted together are refused in
 * one line.
 */
class PasteTest {

    private static final Path PASTES = Path.of("src/test/resources/pastes");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * fixture | parser | routes | the clean text it must equal | how: {@code all} (every key but the line),
     * {@code names} (interface names aside: a fragment without the Interface List names IPv6 interfaces by index),
     * {@code inet}/{@code inet6} (that family of the clean text, names aside), {@code -} (golden file only) | notice
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "windows/win10-route-print.txt | windows-route | 73 | - | - | false",
        "windows/win10-from-interface-list.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-from-ipv4-title.txt | windows-route | 73 | windows/win10-route-print.txt | names | false",
        "windows/win10-from-active-routes.txt | windows-route | 73 | windows/win10-route-print.txt | names | false",
        "windows/win10-from-header.txt | windows-route | 73 | windows/win10-route-print.txt | names | false",
        "windows/win10-from-ipv6-title.txt | windows-route | 26 | windows/win10-route-print.txt | inet6 | false",
        "windows/win10-from-persistent-routes.txt | windows-route | 26 | windows/win10-route-print.txt | inet6 | false",
        "windows/win10-ipv4-only-from-header.txt | windows-route | 47 | windows/win10-route-print.txt | inet | false",
        "windows/win10-rules-missing.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-rules-doubled.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-rules-cut-short.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-squeezed.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-tabs.txt | windows-route | 73 | windows/win10-route-print.txt | all | false",
        "windows/win10-from-ipv4-title-squeezed.txt | windows-route | 73 | windows/win10-from-ipv4-title.txt | all | false",
        "windows/spanish-from-ipv4-title.txt | windows-route | 2 | - | - | false",
        "windows/spanish-from-ipv4-title-squeezed.txt | windows-route | 2 | windows/spanish-from-ipv4-title.txt | all | false",
        "windows/french-from-active-routes.txt | windows-route | 1 | - | - | false",
        "windows/french-from-active-routes-squeezed.txt | windows-route | 1 | windows/french-from-active-routes.txt | all | false",
        "windows/german-from-active-routes.txt | windows-route | 7 | - | - | false",
        "windows/german-from-active-routes-squeezed.txt | windows-route | 7 | windows/german-from-active-routes.txt | all | false",
        "macos/macos14-netstat-rn.txt | macos-netstat | 90 | - | - | false",
        "macos/macos14-squeezed.txt | macos-netstat | 90 | macos/macos14-netstat-rn.txt | all | false",
        "macos/macos14-tabs.txt | macos-netstat | 90 | macos/macos14-netstat-rn.txt | all | false",
        "macos/macos14-inet-bare.txt | macos-netstat | 24 | macos/macos14-netstat-rn.txt | inet | false",
        "macos/macos14-inet-bare-squeezed.txt | macos-netstat | 24 | macos/macos14-inet-bare.txt | all | false",
        "macos/clientvpn-split-after.txt | macos-netstat | 25 | - | - | false",
        "macos/clientvpn-split-after-squeezed.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | false",
        "powershell/get-netroute.txt | windows-netroute | 15 | - | - | true",
        "powershell/get-netroute-squeezed.txt | windows-netroute | 15 | powershell/get-netroute.txt | all | true",
        "powershell/get-netroute-format-list.txt | windows-netroute | 5 | - | - | true",
        "noise/clientvpn-after-zsh-prompt.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | true",
        "noise/clientvpn-after-dollar-prompt.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | true",
        "noise/clientvpn-after-bash-prompt-trailing-spaces.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | true",
        "noise/clientvpn-after-email-quoted.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | true",
        "noise/clientvpn-after-blank-lines.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | false",
        "noise/clientvpn-after-markdown.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | true",
        "noise/clientvpn-after-markdown-inet.txt | macos-netstat | 25 | macos/clientvpn-split-after.txt | all | false",
        "noise/win10-cmd-prompt.txt | windows-route | 73 | windows/win10-route-print.txt | all | true",
        "noise/win10-powershell-prompt.txt | windows-route | 73 | windows/win10-route-print.txt | all | true",
        "noise/win10-from-ipv4-title-email-quoted.txt | windows-route | 73 | windows/win10-from-ipv4-title.txt | all | true",
    })
    void readsAsTheCleanText(String fixture, String parser, int routes, String clean, String how, boolean notice)
            throws IOException {
        CliTest.Result r = CliTest.run("parse", PASTES.resolve(fixture).toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode table = JSON.readTree(r.out());
        assertEquals(parser, table.get("parser").asText());
        assertEquals(routes, table.get("routes").size());
        if (notice) {
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("routediff: notice: " + PASTES.resolve(fixture) + ": read as a pasted table;"),
                    r.err());
        } else {
            assertEquals("", r.err());
        }
        linesPointAtTheUsersLines(fixture, table);
        if (!clean.equals("-")) {
            CliTest.Result c = CliTest.run("parse", PASTES.resolve(clean).toString(), "--format", "json");
            assertEquals(0, c.code(), c.err());
            assertEquals(comparable(JSON.readTree(c.out()), how), comparable(table, how), fixture + " vs " + clean);
        }
        ((ObjectNode) table).remove("source");
        GoldenFiles.assertMatches(PASTES.resolve("golden").resolve(fixture + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(table));
    }

    /** Each route's line, in the file as the user has it, holds its destination as printed. */
    private static void linesPointAtTheUsersLines(String fixture, JsonNode table) throws IOException {
        List<String> lines = List.of(Files.readString(PASTES.resolve(fixture), StandardCharsets.UTF_8)
                .split("\r\n|\r|\n", -1));
        for (JsonNode route : table.get("routes")) {
            String text = lines.get(route.get("line").asInt() - 1);
            String raw = route.get("destination_raw").asText();
            assertTrue(text.contains(raw), fixture + ":" + route.get("line") + " is '" + text + "', not " + raw);
        }
    }

    private static List<String> comparable(JsonNode table, String how) {
        List<String> out = new ArrayList<>();
        for (JsonNode route : table.get("routes")) {
            ObjectNode r = route.deepCopy();
            r.remove("line");
            if (!how.equals("all")) {
                if (how.startsWith("inet") && !r.get("family").asText().equals(how)) {
                    continue;
                }
                if (r.get("gateway_kind").asText().equals("interface")) {
                    r.remove("gateway");
                }
                r.remove("iface");
            }
            out.add(r.toString());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "noise/two-tables-prompts.txt | 19 | a second 'netstat -nr' starting here (the first starts at line 2)",
        "noise/two-tables-macos.txt | 19 | a second 'Routing tables' starting here (the first starts at line 1)",
        "noise/two-tables-windows-fragments.txt | 56 | a second IPv4 route table starting here (the first starts at line 1)",
    })
    void twoTablesAreRefusedWithWhereToSplit(String fixture, int line, String what) {
        String path = PASTES.resolve(fixture).toString();
        CliTest.Result r = CliTest.run("parse", path);
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(path + ":" + line + ": expected one route table per input, found " + what + "; tables are not "
                + "merged: split it there, e.g. head -n " + (line - 1) + " " + path + " > before.txt; tail -n +" + line
                + " " + path + " > after.txt\n", r.err());
    }

    @Test
    void aTableOnStandardInputIsReadAsAPasteToo() {
        String paste = "kim@MacBook-Pro ~ % netstat -nr\nInternet:\nDestination Gateway Flags Netif Expire\n"
                + "default 192.168.0.1 UGScg en0\n10.243/27 10.243.0.7 UGSc utun3\nkim@MacBook-Pro ~ %\n";
        CliTest.Result r = CliTest.run(java.util.Map.of(), false,
                new java.io.ByteArrayInputStream(paste.getBytes(StandardCharsets.UTF_8)), "parse", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10.243.0.0/27"), r.out());
        assertEquals("routediff: notice: stdin: read as a pasted table; left out a shell prompt and command (line 1), "
                + "a trailing shell prompt (line 6)\n", r.err());
    }

    /** Every paste fixture is in one of the lists above. */
    @Test
    void everyFixtureIsCovered() throws IOException {
        Set<String> listed = Stream.of(getClass().getDeclaredMethods())
                .flatMap(m -> Stream.ofNullable(m.getAnnotation(CsvSource.class)))
                .flatMap(c -> Stream.of(c.value()))
                .map(v -> v.substring(0, v.indexOf('|')).trim())
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(PASTES)) {
            Set<String> fixtures = files.filter(Files::isRegularFile)
                    .map(p -> PASTES.relativize(p).toString())
                    .filter(p -> p.endsWith(".txt") && !p.startsWith("golden"))
                    .collect(Collectors.toSet());
            assertEquals(fixtures, listed);
        }
    }
}
