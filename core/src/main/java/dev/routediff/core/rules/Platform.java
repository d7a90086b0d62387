package dev.routediff.core.rules;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating system whose route table a rule's row form describes. One setting, {@code platform}, shared by every
 * rule set; {@link #of(RouteTable)} reads it off a table's rows so that no parser id is named.
 */
public enum Platform {
    MACOS("macos", "macOS"),
    LINUX("linux", "Linux"),
    WINDOWS("windows", "Windows");

    /** The shared setting name ({@code --platform}). */
    public static final String SETTING = "platform";

    /** The one {@code --platform} option every rule set that models platforms declares. */
    public static final RuleOption OPTION = RuleOption.of(SETTING, RuleOption.Kind.TEXT, "OS",
            "The platform whose rows to predict or read: macos, linux or windows (default: the --before "
                    + "table's, else macos).");

    private final String id;
    private final String label;

    Platform(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value of the setting: macos, linux, windows. */
    public String id() {
        return id;
    }

    /** The name users know: macOS, Linux, Windows. */
    public String label() {
        return label;
    }

    /** Reads the setting's value; {@code darwin} is accepted for macOS (wg-quick's script name). */
    public static Platform parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "macos", "darwin", "osx", "mac" -> MACOS;
            case "linux" -> LINUX;
            case "windows", "win" -> WINDOWS;
            default -> throw new RouteInputException("--" + SETTING,
                    "expected macos, linux or windows, found '" + text + "'");
        };
    }

    /** The platform setting if given, else the table's, else {@code fallback}. */
    public static Platform of(RuleSettings settings, RouteTable table, Platform fallback) {
        Optional<String> given = settings == null ? Optional.empty() : settings.get(SETTING);
        if (given.isPresent()) {
            return parse(given.get());
        }
        return of(table).orElse(fallback);
    }

    /**
     * The platform that printed a table: the one its parser declares, else guessed from its rows: Windows names an interface by its address (route print's
     * Interface column), macOS has {@code link#N} gateways and {@code lo0}, Linux has neither. Empty for an empty
     * or absent table.
     */
    public static Optional<Platform> of(RouteTable table) {
        if (table != null && table.platform().isPresent()) {
            return table.platform(); // declared by its parser: better than any guess
        }
        if (table == null || table.size() == 0) {
            return Optional.empty();
        }
        int windows = 0;
        int bsd = 0;
        int other = 0;
        for (Route r : table.routes()) {
            if (r.family() != AddressFamily.INET) {
                continue;
            }
            IpAddress ifAddress = IpAddress.tryParse(r.iface());
            if (ifAddress != null) {
                windows++;
            } else if (r.gateway() instanceof Gateway.Link || r.iface().equals("lo0")
                    || r.iface().startsWith("utun") || r.iface().matches("en\\d+")) {
                bsd++;
            } else if (!r.iface().isEmpty()) {
                other++;
            }
        }
        if (windows > 0 && windows >= bsd && windows >= other) {
            return Optional.of(WINDOWS);
        }
        if (bsd > 0) {
            return Optional.of(MACOS);
        }
        return other > 0 ? Optional.of(LINUX) : Optional.empty();
    }
}
