package dev.routediff.core.internal;

import dev.routediff.core.spi.Api;

/**
 * What gives this package the rows behind a {@code RouteTable} (and its builder) without a public accessor on the
 * table: the table extends this class, whose field only this package and the table itself can read. A plugin author
 * sees {@code RouteTable}'s own small surface; routediff's writers and differ reach the columns through
 * {@link RouteStore#of}. Cheaper at start-up than reflection or a method handle, and no static state.
 */
@Api(Api.Status.INTERNAL)
public abstract class StoreHolder {

    protected final RouteStore store;

    protected StoreHolder(RouteStore store) {
        this.store = store;
    }

    /** The same for {@code RouteTable.Builder}: {@link RouteStore.Builder#of} reads its rows. */
    @Api(Api.Status.INTERNAL)
    public abstract static class OfBuilder {

        protected final RouteStore.Builder rows;

        protected OfBuilder(RouteStore.Builder rows) {
            this.rows = rows;
        }
    }
}
