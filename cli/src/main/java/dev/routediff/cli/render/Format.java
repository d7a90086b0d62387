package dev.routediff.cli.render;

/** The output formats every command offers. */
public enum Format {
    TABLE, JSON, MARKDOWN, HTML
}
