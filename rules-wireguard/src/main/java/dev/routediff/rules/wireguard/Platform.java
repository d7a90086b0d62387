package dev.routediff.rules.wireguard;

import dev.routediff.core.spi.RouteInputException;
import java.util.Locale;

/** Which wg-quick script runs: darwin.bash routes by -interface utunN, linux.bash by policy routing. */
public enum Platform {
    MACOS,
    LINUX;

    static Platform parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "macos", "darwin" -> MACOS;
            case "linux" -> LINUX;
            case "windows", "win" -> throw new RouteInputException("--platform", "expected macos or linux, found '"
                    + text + "': wg-quick has no Windows script (only darwin.bash and linux.bash)");
            default -> throw new RouteInputException("--platform", "expected macos or linux, found '" + text + "'");
        };
    }
}
