package dev.routediff.core.model;

/**
 * The Expire column: no expiry, a remaining lifetime in seconds, or already expired (netstat's {@code !}).
 * The {@code !} is part of this column, not a route flag.
 */
public sealed interface Expire {

    Expire NONE = new None();
    Expire EXPIRED = new Expired();

    static Expire seconds(long seconds) {
        return new Seconds(seconds);
    }

    record None() implements Expire {
        @Override
        public String toString() {
            return "";
        }
    }

    record Expired() implements Expire {
        @Override
        public String toString() {
            return "!";
        }
    }

    record Seconds(long seconds) implements Expire {
        public Seconds {
            if (seconds < 0) {
                throw new IllegalArgumentException("negative expiry");
            }
        }

        @Override
        public String toString() {
            return Long.toString(seconds);
        }
    }
}
