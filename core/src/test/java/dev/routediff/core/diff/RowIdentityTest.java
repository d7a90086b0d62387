package dev.routediff.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.RandomRoutes;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ's identity of a row, read from columns or from an object, agrees with the routes' own. */
class RowIdentityTest {

    @Test
    void sameIdentityAndHashAgreeAcrossTablesAndForms() {
        RandomRoutes gen = new RandomRoutes(42);
        List<Route> a = gen.table(600);
        List<Route> b = gen.table(600);
        RouteStore ta = RouteStore.of(new RouteTable("a", "p", a));
        RouteStore tb = RouteStore.of(new RouteTable("b", "p", b));
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                for (boolean withIface : new boolean[] {true, false}) {
                    Route l = a.get(i);
                    Route r = b.get(j);
                    boolean expected = l.family() == r.family() && l.destination().equals(r.destination())
                            && l.host() == r.host() && l.gateway().equals(r.gateway())
                            && (!withIface || l.iface().equals(r.iface()));
                    assertEquals(expected, RowIdentity.same(ta, i, tb, j, withIface), l + " / " + r);
                    if (expected) {
                        same++;
                        assertEquals(RowIdentity.hash(ta, i, withIface), RowIdentity.hash(tb, j, withIface));
                        assertEquals(l.flags().text().equals(r.flags().text()) && l.iface().equals(r.iface())
                                && l.expire().equals(r.expire()), RowIdentity.sameState(ta, i, tb, j, true));
                        assertEquals(l.flags().text().equals(r.flags().text()) && l.iface().equals(r.iface()),
                                RowIdentity.sameState(ta, i, tb, j, false));
                    }
                }
            }
        }
        assertTrue(same > 100, "the generator must draw shared routes, or this test checks little: " + same);
    }
}
