package dev.routediff.parser.macos;

import dev.routediff.core.input.Fields;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the rows of a long section on worker threads: the reading thread cuts lines and hands them over in
 * batches; each batch's rows are read into columns of their own, and the batches are appended in order. A full BGP
 * table reads in about half the time on two cores; small tables never get here ({@link TableReader} starts it
 * after {@link #START_AFTER} rows).
 *
 * <p>What a batch holds is decided exactly as the sequential reader would decide it: only lines that can be
 * nothing but a row of the current section (see {@link #isRowLine}); every other line waits until the batches
 * before it are in, then goes the sequential way. Errors come out in line order: a batch's first bad row is
 * raised when that batch is appended, after every earlier batch and before any later line is looked at.
 */
final class ParallelRows implements AutoCloseable {

    /** Rows read sequentially before the workers start: a laptop's table never pays for threads. */
    static final int START_AFTER = 50_000;
    static final int BATCH_LINES = 8_192;
    private static final int MAX_PENDING = 6;

    private final String source;
    private final int batchLines;
    private final ExecutorService workers;
    private final ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
    /**
     * Batches whose rows are in, kept to be filled again: a million-row table is about 120 batches of 1.3 MB of text
     * each, and on this class of machine (a VM where every page the process touches first costs a fault) allocating
     * them anew made the young collections promote the batches in flight into ever new old-generation pages.
     */
    private final ArrayDeque<Batch> spare = new ArrayDeque<>();
    private Batch filling;

    ParallelRows(String source, int batchLines) {
        this.source = source;
        this.batchLines = batchLines;
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "routediff-rows");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Whether {@code line[start, end)} (trailing blanks already cut, not empty) can only be a row: it starts with a
     * digit or with {@code default} and a blank, so it is not {@code Routing tables}, a header, netstat's stderr
     * or a title, and it does not end in the colon that would make the sequential reader take it for a title.
     */
    static boolean isRowLine(char[] line, int start, int end) {
        char first = line[start];
        if (line[end - 1] == ':') {
            return false;
        }
        if (first >= '0' && first <= '9') {
            return true;
        }
        return end - start > 7 && first == 'd' && line[start + 1] == 'e' && line[start + 2] == 'f'
                && line[start + 3] == 'a' && line[start + 4] == 'u' && line[start + 5] == 'l'
                && line[start + 6] == 't' && Fields.isBlank(line[start + 7]);
    }

    /** Queues one row of a section read under {@code h}. */
    void add(char[] line, int start, int end, int lineNumber, Header h, RouteTable.Builder into)
            throws IOException {
        if (filling != null && (filling.header != h || filling.full(end - start))) {
            submit(into);
        }
        if (filling == null) {
            filling = spare.isEmpty() ? new Batch(batchLines) : spare.poll();
            filling.header = h;
        }
        filling.add(line, start, end, lineNumber);
    }

    /** Appends every queued row to {@code into}, in order; raises the first bad row's problem. */
    void drain(RouteTable.Builder into) throws IOException {
        if (filling != null) {
            submit(into);
        }
        while (!pending.isEmpty()) {
            appendOldest(into);
        }
    }

    private void submit(RouteTable.Builder into) throws IOException {
        Batch b = filling;
        filling = null;
        pending.add(workers.submit(() -> b.read(source)));
        while (pending.size() > MAX_PENDING) {
            appendOldest(into);
        }
    }

    private void appendOldest(RouteTable.Builder into) throws IOException {
        Batch done;
        try {
            done = pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + source);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
        RouteStore.Builder.of(into).addAll(RouteStore.Builder.of(done.rows));
        if (done.problem != null) {
            throw done.problem;
        }
        done.clear();
        spare.add(done);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Lines copied out of the reader's buffer, and after {@link #read}, their rows and first problem. */
    private static final class Batch {
        private Header header;
        private char[] text;
        private final int[] starts;
        private final int[] numbers;
        private int lines;
        /**
         * The rows read, kept with the reader and its shared values from one filling to the next: the rows are moved
         * out by {@code addAll}, which leaves the builder empty but with its columns, and the ids FastRows keeps are
         * ids in this builder.
         */
        private RouteTable.Builder rows;
        private FastRows fast;
        private Rows.Shared shared;
        private RouteInputException problem;

        Batch(int capacity) {
            this.text = new char[capacity * 80];
            this.starts = new int[capacity + 1];
            this.numbers = new int[capacity];
        }

        boolean full(int nextLength) {
            return lines == numbers.length || starts[lines] + nextLength > text.length && lines > 0;
        }

        void add(char[] line, int start, int end, int lineNumber) {
            int at = starts[lines];
            if (at + end - start > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, at + end - start));
            }
            System.arraycopy(line, start, text, at, end - start);
            numbers[lines] = lineNumber;
            starts[++lines] = at + end - start;
        }

        /** On a worker: the same rows the sequential reader would make, into a table of this batch alone. */
        Batch read(String source) {
            if (rows == null) {
                shared = new Rows.Shared();
                rows = RouteTable.builder(source, MacosNetstatParser.ID, numbers.length);
                fast = new FastRows(shared);
            }
            RouteTable.Builder b = rows;
            for (int k = 0; k < lines; k++) {
                int s = starts[k];
                int e = starts[k + 1];
                if (fast.tryAdd(text, s, e, header.hasExpire(), numbers[k], b)) {
                    continue;
                }
                try {
                    b.add(Rows.parse(Fields.split(new String(text, s, e - s)), header, numbers[k], shared));
                } catch (RowProblem p) {
                    problem = new RouteInputException(source, numbers[k], p.getMessage());
                    break;
                }
            }
            return this;
        }

        /** Empty again, its buffers kept, after its rows were appended. */
        void clear() {
            lines = 0;
            header = null;
            problem = null;
        }
    }
}
