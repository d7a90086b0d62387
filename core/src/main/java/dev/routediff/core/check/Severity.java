package dev.routediff.core.check;

/** How much a finding matters: an error or a warning makes {@code check} exit 1, info alone does not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in output and JSON. */
    public String label() {
        return label;
    }
}
