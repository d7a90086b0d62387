package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The out-of-memory line: which input, how big the heap was, and a heap worth trying. */
class TroubleTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void namesTheInputBeingReadAndSuggestsAtLeast4g() {
        assertEquals("out of memory reading big.txt (Java's heap is at most 512 MiB); give Java more heap with the "
                + "environment variable ROUTEDIFF_JAVA_OPTS, e.g. ROUTEDIFF_JAVA_OPTS=-Xmx4g",
                Trouble.outOfMemory(List.of("big.txt"), "big.txt", 512 * MIB));
    }

    @Test
    void afterReadingItNamesEveryInputOnceAndSuggestsTwiceTheHeap() {
        assertEquals("out of memory working on a.txt and b.txt (Java's heap is at most 3072 MiB); give Java more heap "
                + "with the environment variable ROUTEDIFF_JAVA_OPTS, e.g. ROUTEDIFF_JAVA_OPTS=-Xmx6g",
                Trouble.outOfMemory(List.of("a.txt", "b.txt", "a.txt"), null, 3072 * MIB));
    }

    @Test
    void beforeAnyInputItSaysJustThat() {
        assertEquals("out of memory (Java's heap is at most 64 MiB); give Java more heap with the environment "
                + "variable ROUTEDIFF_JAVA_OPTS, e.g. ROUTEDIFF_JAVA_OPTS=-Xmx4g",
                Trouble.outOfMemory(List.of(), null, 64 * MIB));
    }
}
