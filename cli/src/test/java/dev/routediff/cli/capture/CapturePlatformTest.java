package dev.routediff.cli.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** capture's commands are the ones the installed parsers declare: the CLI names no parser and no command. */
class CapturePlatformTest {

    private static final PluginRegistry ALL = PluginRegistry.load(CapturePlatformTest.class.getClassLoader());

    @Test
    void eachSystemRunsWhatItsParserDeclaresInOrder() {
        for (String os : List.of("Mac OS X", "Linux", "Windows 11")) {
            Platform p = Platform.forOsName(os, ALL);
            String parser = p.probes().get(0).parserId();
            ParserInfo info = ALL.parser(parser).orElseThrow().provider().info();
            assertEquals(info.platform().label(), p.name());
            assertEquals(info.capture().stream().map(ParserInfo.Capture::commandLine).toList(),
                    p.probes().stream().map(Platform.Probe::commandLine).toList());
        }
        Platform linux = Platform.forOsName("Linux", ALL);
        assertEquals("ip rule show; ip -6 rule show; ip route show table all", linux.commandLine());
        // only ip -6 may fail (a kernel without IPv6); ip prints nothing for an empty list
        assertEquals(List.of(false, true, false), linux.probes().stream().map(Platform.Probe::familyMayBeMissing)
                .toList());
        assertEquals(List.of(true, true, true), linux.probes().stream().map(Platform.Probe::emptyMeansNoRoutes)
                .toList());
        assertEquals("netstat -rn", Platform.forOsName("Darwin", ALL).commandLine());
    }

    @Test
    void aSystemWhoseParserIsNotInstalledIsOneLineNamingWhatIs(@TempDir Path dir) throws IOException {
        Path services = Files.writeString(dir.resolve("parsers"), "dev.routediff.parser.macos.MacosNetstatParser\n");
        ClassLoader onlyMacos = new ClassLoader(CapturePlatformTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + RouteTableParser.class.getName())
                        ? Collections.enumeration(List.of(services.toUri().toURL())) : super.getResources(name);
            }
        };
        PluginRegistry macosOnly = PluginRegistry.load(onlyMacos);
        assertEquals(List.of("macos-netstat"), macosOnly.parsers().stream().map(p -> p.id()).toList());
        CaptureException e = assertThrows(CaptureException.class, () -> Platform.forOsName("Linux", macosOnly));
        assertEquals("cannot read this machine's route table: no installed parser declares the commands for Linux"
                + " (see 'routediff plugins'); known: macOS (netstat -rn); save the table by hand and use 'routediff"
                + " parse FILE'", e.getMessage());
    }

    @Test
    void aCaptureNeedsAPlatformAndAProgram() {
        assertThrows(IllegalArgumentException.class, () -> new ParserInfo("x", "x", List.of("x"), List.of("x"), null,
                List.of(ParserInfo.Capture.of("x"))));
        assertThrows(IllegalArgumentException.class, () -> ParserInfo.Capture.of());
    }
}
