package dev.routediff.core.diff;

import dev.routediff.core.internal.Macs;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.internal.RouteStore.GatewayForm;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import java.util.Objects;

/**
 * What makes two rows the same route in a diff, read from the store's columns without making a {@link Route}: a
 * million-row diff would otherwise make two million of them just to compare. A row kept as an object for a reason
 * outside its identity (extra columns, a long expiry, its printed text) hashes as its column twin would.
 */
final class RowIdentity {

    private RowIdentity() {
    }

    /**
     * A hash of family, destination, host-ness, gateway and, when asked, interface. Rows for which
     * {@link #same} holds have equal hashes, across tables.
     */
    static int hash(RouteStore t, int i, boolean withInterface) {
        int h;
        String name;
        if (t.isObject(i)) {
            Route r = t.route(i);
            name = r.iface();
            GatewayForm form = columnForm(r.gateway());
            if (r.family() == AddressFamily.INET && !r.destination().isIrregular() && form != null) {
                h = columnHash((int) r.destination().address().low(), r.destination().length(), form, r.host(),
                        columnValue(r.gateway()));
            } else {
                h = Objects.hash(r.family(), r.destination(), r.host(), r.gateway());
            }
        } else {
            name = t.iface(i);
            GatewayForm form = t.form(i);
            long g = form == GatewayForm.INTERFACE ? t.gatewayName(i).hashCode() : t.gatewayValue(i);
            h = columnHash(t.ipv4Network(i), t.prefixLength(i), form, t.host(i), g);
        }
        return withInterface ? 31 * h + name.hashCode() : h;
    }

    /** The gateway as a hash sees it: an interface by its name, which pool ids do not carry across tables. */
    private static int columnHash(int network, int length, GatewayForm form, boolean host, long g) {
        int h = network * 0x9E3779B1 + length * 31 + (form.ordinal() << 1 | (host ? 1 : 0));
        h = h * 0x85EBCA6B + Long.hashCode(g * 0xC2B2AE3D27D4EB4FL);
        return h ^ (h >>> 15);
    }

    /** The column form of {@code g}, or null when only an object can hold it. */
    private static GatewayForm columnForm(Gateway g) {
        if (g instanceof Gateway.Address a) {
            return a.address().family() == AddressFamily.INET ? GatewayForm.ADDRESS : null;
        }
        if (g instanceof Gateway.Link) {
            return GatewayForm.LINK;
        }
        if (g instanceof Gateway.Interface) {
            return GatewayForm.INTERFACE;
        }
        return g instanceof Gateway.Mac m && Macs.isCanonical(m.text()) ? GatewayForm.MAC : null;
    }

    private static long columnValue(Gateway g) {
        if (g instanceof Gateway.Address a) {
            return a.address().low();
        }
        if (g instanceof Gateway.Link l) {
            return l.index();
        }
        if (g instanceof Gateway.Interface n) {
            return n.name().hashCode();
        }
        return Macs.parse(((Gateway.Mac) g).text());
    }

    /** True when row {@code i} of {@code a} and row {@code j} of {@code b} are the same route by {@link #hash}. */
    static boolean same(RouteStore a, int i, RouteStore b, int j, boolean withInterface) {
        if (a.isObject(i) || b.isObject(j)) {
            Route l = a.route(i);
            Route r = b.route(j);
            return l.family() == r.family() && l.destination().equals(r.destination()) && l.host() == r.host()
                    && l.gateway().equals(r.gateway()) && (!withInterface || l.iface().equals(r.iface()));
        }
        GatewayForm form = a.form(i);
        if (form != b.form(j) || a.host(i) != b.host(j) || a.ipv4Network(i) != b.ipv4Network(j)
                || a.prefixLength(i) != b.prefixLength(j)) {
            return false;
        }
        boolean sameGateway = form == GatewayForm.INTERFACE
                ? a.gatewayName(i).equals(b.gatewayName(j))
                : a.gatewayValue(i) == b.gatewayValue(j);
        return sameGateway && (!withInterface || a.iface(i).equals(b.iface(j)));
    }

    /**
     * True when the two rows are in the same state: flags as printed, interface and, when asked, expiry. Counters
     * such as Refs and Use change all the time and say nothing about routing, so they are not compared.
     */
    static boolean sameState(RouteStore a, int i, RouteStore b, int j, boolean compareExpiry) {
        boolean objectHere = a.isObject(i);
        boolean objectThere = b.isObject(j);
        Route here = objectHere ? a.route(i) : null;
        Route there = objectThere ? b.route(j) : null;
        String flagsHere = objectHere ? here.flags().text() : a.flagsText(i);
        String flagsThere = objectThere ? there.flags().text() : b.flagsText(j);
        String ifaceHere = objectHere ? here.iface() : a.iface(i);
        String ifaceThere = objectThere ? there.iface() : b.iface(j);
        if (!flagsHere.equals(flagsThere) || !ifaceHere.equals(ifaceThere)) {
            return false;
        }
        if (!compareExpiry) {
            return true;
        }
        if (!objectHere && !objectThere) {
            return a.expireCode(i) == b.expireCode(j);
        }
        Expire e = objectHere ? here.expire() : RouteStore.expireOf(a.expireCode(i));
        return e.equals(objectThere ? there.expire() : RouteStore.expireOf(b.expireCode(j)));
    }
}
