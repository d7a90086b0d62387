package dev.routediff.core.rules;

import java.util.Objects;

/**
 * How a rule's row prints on one platform, e.g. {@code 0/1 R UGSc utunN} (macOS netstat) or
 * {@code 0.0.0.0 128.0.0.0 R C metric} (Windows route print).
 *
 * @param platform the platform
 * @param form     the row, with the rule's symbols (C, N, R, L, S, D…) in place of addresses
 * @param inferred true when the form is read off the client's source code or the OS's documented behaviour, not
 *                 seen in a captured table
 */
public record RowForm(Platform platform, String form, boolean inferred) {

    public RowForm {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(form, "form");
    }

    public static RowForm observed(Platform platform, String form) {
        return new RowForm(platform, form, false);
    }

    public static RowForm inferred(Platform platform, String form) {
        return new RowForm(platform, form, true);
    }
}
