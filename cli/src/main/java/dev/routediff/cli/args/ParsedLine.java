package dev.routediff.cli.args;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** One of an enum's constants, named in any case; anything else is bad usage listing the constants. */
    public <E extends Enum<E>> E enumValue(Opt o, E dflt, E[] constants) throws UsageError {
        String v = value(o, null);
        if (v == null) {
            return dflt;
        }
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : constants) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name());
        }
        throw invalid(o, "expected one of [" + names + "] (case-insensitive) but was '" + v + "'");
    }

    public Integer intValue(Opt o) throws UsageError {
        String v = value(o, null);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw invalid(o, "'" + v + "' is not an int");
        }
    }

    public BigDecimal decimalValue(Opt o, String dflt) throws UsageError {
        String v = value(o, dflt);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw invalid(o, "cannot convert '" + v + "' to BigDecimal (" + e + ")");
        }
    }

    static UsageError invalid(Opt o, String what) {
        return new UsageError("Invalid value for option '" + o.name + "': " + what);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
