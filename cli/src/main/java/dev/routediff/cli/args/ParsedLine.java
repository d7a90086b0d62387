package dev.routediff.cli.args;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a command line gave: the values of each option and of each parameter, and whether help or version was asked. */
public final class ParsedLine {

    final Map<Opt, List<String>> values = new HashMap<>();
    final Map<Param, List<String>> params = new HashMap<>();
    boolean help;
    boolean version;
    /** Root mode: the index in the arguments of the first positional argument (the command's name), or -1. */
    int rest = -1;

    public boolean helpRequested() {
        return help;
    }

    public boolean versionRequested() {
        return version;
    }

    /** The index of the command's name on a root command line, or -1 when there is none. */
    public int commandIndex() {
        return rest;
    }

    public boolean has(Opt o) {
        return values.containsKey(o);
    }

    /** The option's value, or {@code dflt} when it was not given. */
    public String value(Opt o, String dflt) {
        List<String> v = values.get(o);
        return v == null ? dflt : v.get(v.size() - 1);
    }

    /** Every value of a repeatable option, in the order given; empty when not given. */
    public List<String> values(Opt o) {
        List<String> v = values.get(o);
        return v == null ? new ArrayList<>() : v;
    }

    /** A flag: true when given (or given as {@code =true}). */
    public boolean flag(Opt o) {
        return Boolean.parseBoolean(value(o, "false"));
    }

    /** A negatable flag: null when neither form was given. */
    public Boolean tristate(Opt o) {
        String v = value(o, null);
        return v == null ? null : Boolean.valueOf(v);
    }

    public String param(Param p) {
        List<String> v = params.get(p);
        return v == null ? null : v.get(0);
    }

    public List<String> paramValues(Param p) {
        List<String> v = params.get(p);
        return v == null ? new ArrayList<>() : v;
    }

    /**
     * One of an enum's constants, named in lower case (any case is accepted) or by one of {@code aliases}; anything
     * else is bad usage listing the choices.
     */
    public <E extends Enum<E>> E enumValue(Opt o, E dflt, E[] constants, Map<String, E> aliases) throws UsageException {
        String v = value(o, null);
        if (v == null) {
            return dflt;
        }
        List<String> names = new ArrayList<>();
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
            names.add(lower(e.name()));
        }
        E alias = aliases.get(lower(v));
        if (alias != null) {
            return alias;
        }
        List<String> aliasNames = new ArrayList<>(new java.util.TreeSet<>(aliases.keySet()));
        List<String> all = new ArrayList<>(names);
        all.addAll(aliasNames);
        throw invalid(o, "'" + v + "' is not one of " + String.join(", ", names)
                + (aliases.isEmpty() ? "" : " (or " + String.join(", ", aliasNames) + ")")
                + Suggest.didYouMean(v, all));
    }

    public <E extends Enum<E>> E enumValue(Opt o, E dflt, E[] constants) throws UsageException {
        return enumValue(o, dflt, constants, Map.of());
    }

    /** A whole number of any size an int holds. */
    public Integer intValue(Opt o) throws UsageException {
        return intValue(o, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}; null when not given. */
    public Integer intValue(Opt o, int min, int max) throws UsageException {
        String v = value(o, null);
        if (v == null) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? "from " + min + " up" : "from " + min + " to " + max;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(o, "expected a whole number " + range + ", found '" + shown(v) + "'");
        }
        if (n < min || n > max) {
            throw invalid(o, "expected a whole number " + range + ", found " + n);
        }
        return n;
    }

    public BigDecimal decimalValue(Opt o, String dflt) throws UsageException {
        String v = value(o, dflt);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw invalid(o, "expected a number such as 2 or 0.5, found '" + shown(v) + "'");
        }
    }

    /** Compiled on first use, not with the class: every command parses its line, few take a duration. */
    private static final class Durations {
        static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ms|s|m|h|d)?");
    }

    /**
     * A length of time: plain seconds ({@code 2}, {@code 0.5}) or a number with a unit ({@code 500ms}, {@code 2s},
     * {@code 1m}, {@code 1h}, {@code 1d}), from {@code min} to {@code max}.
     */
    public Duration durationValue(Opt o, String dflt, Duration min, Duration max) throws UsageException {
        String v = value(o, dflt);
        java.util.regex.Matcher m = Durations.DURATION.matcher(lower(v.strip()));
        String range = "from " + text(min) + " to " + text(max);
        if (!m.matches()) {
            throw invalid(o, "expected a time such as 2s, 500ms or 1m (plain numbers are seconds), " + range
                    + ", found '" + shown(v) + "'");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        long nanosPerUnit = switch (unit) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> 1_000_000_000L;
        };
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.compareTo(BigDecimal.valueOf(min.toNanos())) < 0
                || nanos.compareTo(BigDecimal.valueOf(max.toNanos())) > 0) {
            throw invalid(o, "expected a time " + range + ", found " + shown(v));
        }
        return Duration.ofNanos(nanos.longValue());
    }

    /** 100ms, 2s, 1m, 1 day: how messages show a limit. */
    static String text(Duration d) {
        if (d.equals(Duration.ofDays(1))) {
            return "1 day";
        }
        if (d.toMillis() < 1000 || d.toMillis() % 1000 != 0) {
            return d.toMillis() % 100 == 0 && d.toMillis() < 1000 ? "0." + d.toMillis() / 100 + "s" : d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** A value as a message quotes it: cut short, so that a huge argument still gives one short line. */
    static String shown(String v) {
        return v.length() <= 40 ? v : v.substring(0, 37) + "...";
    }

    static UsageException invalid(Opt o, String what) {
        return new UsageException("Invalid value for option '" + o.name + "': " + what);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
