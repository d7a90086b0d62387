package dev.routediff.cli.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The layout of every JSON document, as Jackson's pretty printer; {@link JsonTableWriter} writes the same by hand. */
public final class JsonLayout {

    private JsonLayout() {
    }

    /** Two-space indent, {@code "key": value}, jq's empty containers. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        // "[]" and "{}" for empty containers, as jq prints them, not Jackson's "[ ]"
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }
}
