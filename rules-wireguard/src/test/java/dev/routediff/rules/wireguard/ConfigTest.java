package dev.routediff.rules.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("Address = 10.8.0.2/24\n",
                        "wg0.conf:1: expected [Interface] or [Peer] before the first setting, found 'Address = 10.8.0.2/24'"),
                Arguments.of("[Interface]\nAddress = 10.8.0/24\n",
                        "wg0.conf:2: expected an Address such as 10.8.0.2/24 or fd00::2/64, found '10.8.0/24'"),
                Arguments.of("[Interface]\nAddress = 10.8.0.2/33\n",
                        "wg0.conf:2: expected an Address such as 10.8.0.2/24 or fd00::2/64, found '10.8.0.2/33'"),
                Arguments.of("[Interface]\n[Peer]\nAllowedIPs = 10.0.0.0/8, vpn.example.com\n",
                        "wg0.conf:3: expected an AllowedIPs CIDR such as 10.8.0.0/24 or ::/0, found 'vpn.example.com'"),
                Arguments.of("[Interface]\n[Peer]\nEndpoint = 203.0.113.5\n",
                        "wg0.conf:3: expected an Endpoint HOST:PORT such as 203.0.113.5:51820 or [2001:db8::1]:51820, "
                                + "found '203.0.113.5'"),
                Arguments.of("[Interface]\n[Peer]\nEndpoint = 2001:db8::1:51820\n",
                        "wg0.conf:3: expected an Endpoint HOST:PORT such as 203.0.113.5:51820 or [2001:db8::1]:51820, "
                                + "found '2001:db8::1:51820'"),
                Arguments.of("[Interface]\n[Peer]\nEndpoint = vpn.example.com:70000\n",
                        "wg0.conf:3: expected an Endpoint HOST:PORT such as 203.0.113.5:51820 or [2001:db8::1]:51820, "
                                + "found 'vpn.example.com:70000'"),
                Arguments.of("[Interface]\n[Peer]\nEndpoint = 203.0.113:51820\n",
                        "wg0.conf:3: expected an Endpoint HOST:PORT such as 203.0.113.5:51820 or [2001:db8::1]:51820, "
                                + "found '203.0.113:51820'"),
                Arguments.of("[Interfaces]\n",
                        "wg0.conf:1: expected [Interface] or [Peer], found '[Interfaces]'"),
                Arguments.of("[Interface]\nAddress\n",
                        "wg0.conf:2: expected a section such as [Peer] or a line NAME = VALUE, found 'Address'"),
                Arguments.of("[Interface]\nTable = 1234\n",
                        "wg0.conf:2: expected Table = auto, main or off (wg-quick on macOS refuses others), found '1234'"),
                Arguments.of("[Interface]\nTable = Off\n",
                        "wg0.conf:2: expected Table = auto, main or off (wg-quick on macOS refuses others), found 'Off'"),
                Arguments.of("[Interface]\n\n[Interface]\n",
                        "wg0.conf:3: expected one [Interface] section, found a second (the first is on line 1)"),
                Arguments.of("[Peer]\nAllowedIPs = 0.0.0.0/0\n",
                        "wg0.conf: expected an [Interface] section, found none"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedConfigurationIsOneLineNamingFileAndLine(String text, String message) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> WgConfig.parse("wg0.conf", "wg0", text, Platform.MACOS));
        assertEquals(message, e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void linuxAcceptsANumberedTableButNotAWord() {
        assertEquals("1234", WgConfig.parse("wg0.conf", "wg0", "[Interface]\nTable = 1234\n", Platform.LINUX).table());
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> WgConfig.parse("wg0.conf", "wg0", "[Interface]\nTable = vpn\n", Platform.LINUX));
        assertEquals("wg0.conf:2: expected Table = auto, main, off or a table number, found 'vpn'", e.getMessage());
    }

    @Test
    void keysAndSectionsMatchWithoutCaseAndCommentsMayFollowAValue() {
        WgConfig c = WgConfig.parse("x.conf", null, """
                # comment
                [interface]
                ADDRESS = 10.8.0.2/24 , fd00::2/64   # two addresses
                address = 10.9.0.2
                PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=
                [PEER]
                allowedips = 10.0.0.0/8,192.168.0.1
                endpoint = [2001:db8::5]:51820
                [Peer]
                Endpoint = vpn.example.com:51820
                """, Platform.MACOS);
        assertEquals(List.of(new WgConfig.Address(IpAddress.parse("10.8.0.2"), 24, 3),
                new WgConfig.Address(IpAddress.parse("fd00::2"), 64, 3),
                new WgConfig.Address(IpAddress.parse("10.9.0.2"), 32, 4)), c.addresses());
        assertEquals(List.of(Prefix.parse("10.0.0.0/8"), Prefix.parse("192.168.0.1/32")), c.peers().get(0).allowedIps());
        assertEquals("2001:db8::5", c.peers().get(0).endpoint().ip().toString());
        assertTrue(c.peers().get(1).endpoint().isName());
        assertNull(c.peers().get(1).endpoint().ip());
        assertEquals(List.of(), c.peers().get(1).allowedIps());
    }

    @Test
    void theInterfaceNameComesFromTheFileNameAsWgQuickTakesIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("office.conf");
        Files.writeString(f, "[Interface]\n");
        assertEquals("office", WgConfig.read(f.toString(), Platform.LINUX).name());
        Path other = dir.resolve("office.txt");
        Files.writeString(other, "[Interface]\n");
        assertNull(WgConfig.read(other.toString(), Platform.LINUX).name());
    }

    @Test
    void aMissingFileIsOneLine() {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> WgConfig.read("/no/such/wg0.conf", Platform.MACOS));
        assertEquals("/no/such/wg0.conf: no such file", e.getMessage());
    }

    @Test
    void everyExampleConfigurationReads() throws IOException {
        try (Stream<Path> files = Files.list(Tables.ROOT.resolve("examples/wireguard"))) {
            List<Path> confs = files.filter(p -> p.toString().endsWith(".conf")).toList();
            assertTrue(confs.size() >= 5, confs.toString());
            for (Path p : confs) {
                assertTrue(!WgConfig.read(p.toString(), Platform.MACOS).peers().isEmpty(), p.toString());
            }
        }
    }
}
