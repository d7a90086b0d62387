package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.routediff.cli.CliTest.Result;
import dev.routediff.core.testkit.GoldenFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium opens the file with every network path closed, and the DOM it
 * rendered must hold the maps and the highlighted rows, and its screenshot must be a picture, not a blank page.
 *
 * <p>Chromium is {@code /usr/bin/chromium} (Debian's package; {@code .ci/run} installs it), or the path in
 * {@code -Droutediff.chromium}. Without it this test fails and says how to install it; only
 * {@code -Droutediff.browser.skip=true} leaves it out, and then it reports itself as skipped with the reason.
 * Under {@code -Droutediff.golden.update=true} the light screenshot of the demo report is copied to
 * {@code docs/report-demo.png}.
 */
class BrowserReportTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        if (Boolean.getBoolean("routediff.browser.skip")) {
            System.err.println("BrowserReportTest: left out (-Droutediff.browser.skip=true)");
            Assumptions.abort("left out on request: -Droutediff.browser.skip=true");
        }
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("routediff.chromium");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                chromium = Path.of(c);
                return;
            }
        }
        fail("Chromium is not installed, so the HTML report cannot be checked in a browser. Install it "
                + "(Debian/Ubuntu: apt-get install -y chromium), name it with -Droutediff.chromium=PATH, or leave this "
                + "test out with -Droutediff.browser.skip=true. Looked for: " + candidates);
    }

    @Test
    void theRenderedReportHasTheMapsAndTheHighlightedRows(@TempDir Path dir) throws Exception {
        Path report = demoReport(dir);
        String dom = chromium(dir, "--dump-dom", report.toUri().toString());
        Document d = Jsoup.parse(dom);
        assertEquals(6, d.select("svg.map").size(), "maps in the rendered DOM");
        assertEquals(256, d.select("#m0a g.c").size());
        assertEquals(11, d.select("table.routes tr.added").size());
        assertEquals(11, d.select("table.routes tr.added a.badge").size());
        assertTrue(d.select("#m0a g.c.mixed.t.moved").size() >= 2, "10/8 and 172/8 partly into the tunnel");
        assertTrue(d.select("script").isEmpty());
    }

    @Test
    void aScreenshotIsAPictureInLightAndDark(@TempDir Path dir) throws Exception {
        Path report = demoReport(dir);
        Path light = dir.resolve("light.png");
        chromium(dir, "--window-size=1280,2300", "--screenshot=" + light, report.toUri().toString());
        BufferedImage image = ImageIO.read(light.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = colours(image);
        assertTrue(colours.size() >= 50, "a blank or flat page: " + colours.size() + " colours");
        assertTrue(near(colours, 0x8250DF), "the tunnel's violet is on the page");
        assertTrue(near(colours, 0xDAFBE1), "an added row's green is on the page");
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "light background");

        Path dark = dir.resolve("dark.png");
        chromium(dir, "--window-size=1280,900", "--blink-settings=preferredColorScheme=0", "--screenshot=" + dark,
                report.toUri().toString());
        int corner = ImageIO.read(dark.toFile()).getRGB(2, 2) & 0xFFFFFF;
        assertTrue(((corner >> 16 & 0xFF) + (corner >> 8 & 0xFF) + (corner & 0xFF)) < 100,
                "prefers-color-scheme: dark gives a dark page, not " + Integer.toHexString(corner));

        if (GoldenFiles.updating()) {
            Path doc = ROOT.resolve("docs/report-demo.png");
            Files.copy(light, doc, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The demo's report: {@code routediff explain} of the bundled example tables, written with {@code -o FILE}. */
    private static Path demoReport(Path dir) {
        Path report = dir.resolve("report.html");
        Result r = CliTest.run("demo", "--format", "html", "-o", report.toString());
        assertEquals(0, r.code(), r.err());
        return report;
    }

    /**
     * Runs headless Chromium on a fresh profile with the network closed: every host name resolves to nothing and
     * every connection goes to a proxy that is not there, so a page that fetched anything would show it broken.
     */
    private static String chromium(Path dir, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--user-data-dir=" + profile, "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--disable-features=Translate,OptimizationHints,MediaRouter", "--mute-audio"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 90 s: " + String.join(" ", cmd));
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err, StandardCharsets.UTF_8));
        return stdout;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }

    private static boolean near(Set<Integer> colours, int rgb) {
        for (int c : colours) {
            if (Math.abs((c >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) + Math.abs((c >> 8 & 0xFF) - (rgb >> 8 & 0xFF))
                    + Math.abs((c & 0xFF) - (rgb & 0xFF)) <= 12) {
                return true;
            }
        }
        return false;
    }

    static {
        // ImageIO would otherwise try to open a display on some JDKs
        System.setProperty("java.awt.headless", "true");
    }
}
