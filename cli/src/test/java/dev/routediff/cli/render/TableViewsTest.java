package dev.routediff.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route table as text, written a part at a time, is the text of the whole {@link TextTable} of each section. */
class TableViewsTest {

    /** The whole-table rendering that {@link TableViews#write} replaced: one TextTable per family. */
    private static String wholeTables(RouteTable t, Format format) {
        StringBuilder sb = new StringBuilder();
        for (AddressFamily f : AddressFamily.values()) {
            List<Route> routes = t.section(f);
            if (routes.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String title = f.label() + ": " + routes.size() + (routes.size() == 1 ? " route" : " routes");
            sb.append(format == Format.MARKDOWN ? "**" + title + "**\n\n" : title + "\n");
            TextTable table = TableViews.section(routes);
            sb.append(format == Format.MARKDOWN ? table.markdown() : table.aligned(false));
        }
        return sb.length() == 0 ? "no routes\n" : sb.toString();
    }

    /** A macOS 10.14 table with both families, copied where the reader can open it by name. */
    private static Path osx10(Path dir) throws IOException {
        return Files.copy(Corpus.sample("macos/osx-10.14.6__netstat-rnl.out"), dir.resolve("osx-10.14.6__netstat-rnl.out"));
    }

    @Test
    void bothFamiliesBothFormatsAndNoRoutes(@TempDir Path dir) throws IOException {
        RouteTable t = new RouteTableReader(PluginRegistry.load(getClass().getClassLoader())).read(
                osx10(dir).toString(), null, null);
        assertEquals(2, java.util.Arrays.stream(AddressFamily.values()).filter(f -> !t.section(f).isEmpty()).count());
        RouteTable empty = new RouteTable("e", "p", List.of());
        for (Format format : new Format[] {Format.TABLE, Format.MARKDOWN}) {
            assertEquals(wholeTables(t, format), TableViews.table(t, format, false));
            assertEquals(wholeTables(empty, format), TableViews.table(empty, format, false));
        }
    }

    @Test
    void writesInPartsNotAtTheEnd(@TempDir Path dir) throws IOException {
        RouteTable small = new RouteTableReader(PluginRegistry.load(getClass().getClassLoader())).read(
                osx10(dir).toString(), null, null);
        List<Route> many = new java.util.ArrayList<>();
        while (many.size() < 3_000) {
            many.addAll(small.routes());
        }
        RouteTable t = new RouteTable("many", "p", many);
        int[] writes = {0};
        StringWriter text = new StringWriter();
        Writer counting = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                writes[0]++;
                text.write(cbuf, off, len);
            }

            @Override
            public Writer append(CharSequence csq) {
                writes[0]++;
                text.append(csq);
                return this;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        TableViews.write(t, Format.TABLE, counting);
        assertEquals(wholeTables(t, Format.TABLE), text.toString());
        org.junit.jupiter.api.Assertions.assertTrue(writes[0] > 3, "written in parts: " + writes[0]);
    }
}
