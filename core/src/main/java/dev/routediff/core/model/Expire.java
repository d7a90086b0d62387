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

    // equals and hashCode written out, as in Gateway: the records' generated ones cost start-up on first use.
    record None() implements Expire {
        @Override
        public boolean equals(Object o) {
            return o instanceof None;
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    record Expired() implements Expire {
        @Override
        public boolean equals(Object o) {
            return o instanceof Expired;
        }

        @Override
        public int hashCode() {
            return 2;
        }

        @Override
        public String toString() {
            return "!";
        }
    }

    record Seconds(long seconds) implements Expire {
        @Override
        public boolean equals(Object o) {
            return o instanceof Seconds s && seconds == s.seconds;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(seconds);
        }

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
