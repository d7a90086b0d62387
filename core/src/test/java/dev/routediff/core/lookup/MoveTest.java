package dev.routediff.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Route;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoveTest {

    private final List<Route> routes = new TestRoutes()
            .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
            .add("0.0.0.0/0", "10.0.0.1", "UGScg", "en0")
            .add("0.0.0.0/0", "10.243.0.1", "UGSc", "utun3")
            .add("0.0.0.0/0", "10.8.0.1", "UGSc", "utun4")
            .add("0.0.0.0/0", "192.168.1.1", "UGSc", "en1")
            .list();

    private Optional<Move> between(int before, int after) {
        return Move.between(before < 0 ? Optional.empty() : Optional.of(routes.get(before)),
                after < 0 ? Optional.empty() : Optional.of(routes.get(after)));
    }

    @Test
    void theInterfaceDecides() {
        assertEquals(Optional.empty(), between(0, 1), "a new gateway on the same interface is not a move");
        assertEquals(Optional.of(Move.INTO_TUNNEL), between(0, 2));
        assertEquals(Optional.of(Move.OUT_OF_TUNNEL), between(2, 0));
        assertEquals(Optional.of(Move.MOVED), between(2, 3));
        assertEquals(Optional.of(Move.MOVED), between(0, 4));
        assertEquals(Optional.of(Move.INTO_TUNNEL), between(-1, 2));
        assertEquals(Optional.of(Move.OUT_OF_TUNNEL), between(2, -1));
        assertEquals(Optional.of(Move.MOVED), between(0, -1));
        assertEquals(Optional.empty(), between(-1, -1));
        assertEquals("into tunnel", Move.INTO_TUNNEL.label());
    }

    @Test
    void tunnelNames() {
        for (String t : List.of("utun0", "utun12", "tun0", "ppp0", "ipsec0", "wg0")) {
            assertTrue(Move.isTunnel(t), t);
        }
        for (String t : List.of("en0", "lo0", "bridge100", "utun", "awdl0", "")) {
            assertFalse(Move.isTunnel(t), t);
        }
    }
}
