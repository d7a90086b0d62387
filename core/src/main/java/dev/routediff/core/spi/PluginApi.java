package dev.routediff.core.spi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the plugin API this routediff provides, and the handshake with a plugin jar.
 *
 * <p>A plugin jar says which API it was built against in its manifest, {@value #MANIFEST_ATTRIBUTE}{@code : 1.0}.
 * The registry refuses, in one line and before any of its classes load, a jar built for a newer API (it may call what
 * this routediff lacks, which would otherwise surface as a {@link LinkageError} in the middle of a command) or for
 * another major version (what it was built against was removed or changed). A jar that declares nothing is taken as
 * built for {@code 1.0}, the first published API. Minor versions add; they never change or remove what is marked
 * {@link Api.Status#STABLE}.
 */
@Api(Api.Status.STABLE)
public final class PluginApi {

    /** {@code MAJOR.MINOR} of the API this routediff provides. */
    public static final String VERSION = "1.0";

    /** The manifest attribute a plugin jar declares its API version in. */
    public static final String MANIFEST_ATTRIBUTE = "Routediff-Plugin-Api";

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private PluginApi() {
    }

    /** Why a jar declaring {@code declared} cannot be loaded by this routediff; empty when it can. */
    public static Optional<String> refusal(String declared) {
        return refusal(declared, VERSION);
    }

    static Optional<String> refusal(String declared, String provided) {
        Matcher d = FORM.matcher(declared.strip());
        if (!d.matches()) {
            return Optional.of("its manifest's " + MANIFEST_ATTRIBUTE + " is '" + declared.strip()
                    + "', expected MAJOR.MINOR such as " + provided);
        }
        Matcher p = FORM.matcher(provided);
        if (!p.matches()) {
            throw new IllegalArgumentException(provided);
        }
        int dMajor = Integer.parseInt(d.group(1));
        int pMajor = Integer.parseInt(p.group(1));
        String used = dMajor + "." + Integer.parseInt(d.group(2));
        if (dMajor > pMajor || dMajor == pMajor && Integer.parseInt(d.group(2)) > Integer.parseInt(p.group(2))) {
            return Optional.of("built for routediff plugin API " + used + ", but this routediff provides " + provided
                    + ": update routediff, or use a release of the plugin built for API " + pMajor + ".x");
        }
        if (dMajor < pMajor) {
            return Optional.of("built for routediff plugin API " + used + ", which this routediff (API " + provided
                    + ") no longer provides: use a release of the plugin built for API " + pMajor + ".x");
        }
        return Optional.empty();
    }
}
