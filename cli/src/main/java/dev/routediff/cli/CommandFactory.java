package dev.routediff.cli;

import picocli.CommandLine;

/** Hands every command the run's {@link Cli}; commands have a constructor taking it. */
final class CommandFactory implements CommandLine.IFactory {

    private final Cli cli;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Cli cli) {
        this.cli = cli;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getDeclaredConstructor(Cli.class).newInstance(cli);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
