package dev.routediff.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shell completion scripts made from the command specs, so they offer exactly the commands and options this routediff
 * (with the plugins it found) accepts. Values: the choices a caller names for an option ({@code --format}, the
 * installed parser ids…), file names for options whose value label ends in FILE or DIR and for positional arguments,
 * nothing for other values (an address, a CIDR block: the user types it).
 */
public final class Completion {

    /** The shells a script is made for, as {@code routediff completion SHELL} names them. */
    public static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_.:/@%+=,-]+");

    private final String program;
    private final CommandSpec root;
    private final Map<String, CommandSpec> commands;
    private final Map<String, List<String>> choices;
    private final Map<String, List<String>> paramChoices;

    /**
     * @param program  the name the script completes ({@code routediff})
     * @param root     the root spec, whose subcommands are listed in help order
     * @param commands each command's spec by name (those without one, like {@code help}, complete command names)
     * @param choices  option name → the values it takes, where they can be listed
     * @param paramChoices command name → the values its parameters take, for those that are not files
     */
    public Completion(String program, CommandSpec root, Map<String, CommandSpec> commands,
                      Map<String, List<String>> choices, Map<String, List<String>> paramChoices) {
        this.program = program;
        this.root = root;
        this.commands = new LinkedHashMap<>(commands);
        this.choices = Map.copyOf(choices);
        this.paramChoices = Map.copyOf(paramChoices);
        List<List<String>> all = new ArrayList<>(choices.values());
        all.addAll(paramChoices.values());
        for (List<String> values : all) {
            for (String v : values) {
                if (!SAFE_WORD.matcher(v).matches()) {
                    throw new IllegalArgumentException("not a plain word: " + v);
                }
            }
        }
    }

    public String script(String shell) {
        return switch (shell) {
            case "bash" -> bash();
            case "zsh" -> zsh();
            case "fish" -> fish();
            default -> throw new IllegalArgumentException(shell);
        };
    }

    private String function() {
        return "_" + program.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (String[] c : root.commands) {
            names.add(c[0]);
        }
        return names;
    }

    /** Every option spelling that takes a value, over all commands: the word after it is that value. */
    private Set<String> valueTaking() {
        Set<String> names = new LinkedHashSet<>();
        List<CommandSpec> all = new ArrayList<>(commands.values());
        all.add(root);
        for (CommandSpec s : all) {
            for (Opt o : s.options) {
                if (o.takesValue()) {
                    names.add(o.name);
                    if (o.shortName != 0) {
                        names.add("-" + o.shortName);
                    }
                }
            }
        }
        return names;
    }

    private static boolean takesFile(Opt o) {
        String label = o.label.toUpperCase(Locale.ROOT);
        return label.endsWith("FILE") || label.endsWith("DIR") || label.endsWith("PATH");
    }

    private static List<String> spellings(CommandSpec s) {
        List<String> names = new ArrayList<>();
        for (Opt o : s.options) {
            if (o.shortName != 0) {
                names.add("-" + o.shortName);
            }
        }
        names.addAll(s.optionNames());
        return names;
    }

    private String bash() {
        StringBuilder sb = new StringBuilder();
        String fn = function();
        sb.append("# ").append(program).append(" completion for bash. Load it in this shell with\n")
                .append("#   source <(").append(program).append(" completion bash)\n")
                .append("# or for every shell: ").append(program)
                .append(" completion bash > ~/.local/share/bash-completion/completions/").append(program).append('\n')
                .append("# Made by '").append(program).append(" completion bash' from the commands and options of this ")
                .append(program).append(" and its plugins; make it again after installing a plugin.\n");
        sb.append(fn).append("() {\n")
                .append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" cmd=\"\" skip=0 i w\n")
                .append("    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n")
                .append("    for (( i = 1; i < COMP_CWORD; i++ )); do\n")
                .append("        w=\"${COMP_WORDS[i]}\"\n")
                .append("        if (( skip )); then skip=0; continue; fi\n")
                .append("        case \"$w\" in\n")
                .append("            ").append(String.join("|", valueTaking())).append(") skip=1 ;;\n")
                .append("            -*) ;;\n")
                .append("            *) if [[ -z \"$cmd\" ]]; then cmd=\"$w\"; fi ;;\n")
                .append("        esac\n")
                .append("    done\n")
                .append("    case \"$prev\" in\n");
        Map<String, String> valueCases = new LinkedHashMap<>();
        List<CommandSpec> all = new ArrayList<>(commands.values());
        all.add(root);
        for (CommandSpec s : all) {
            for (Opt o : s.options) {
                if (!o.takesValue()) {
                    continue;
                }
                String action;
                if (choices.containsKey(o.name)) {
                    action = "COMPREPLY=( $(compgen -W \"" + String.join(" ", choices.get(o.name)) + "\" -- \"$cur\") )";
                } else if (takesFile(o)) {
                    action = "compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -f -- \"$cur\") )";
                } else {
                    action = "COMPREPLY=()";
                }
                valueCases.putIfAbsent(o.name, action);
                if (o.shortName != 0) {
                    valueCases.putIfAbsent("-" + o.shortName, action);
                }
            }
        }
        for (Map.Entry<String, String> e : valueCases.entrySet()) {
            sb.append("        ").append(e.getKey()).append(") ").append(e.getValue()).append("; return ;;\n");
        }
        sb.append("    esac\n")
                .append("    case \"$cmd\" in\n")
                .append("        \"\")\n")
                .append("            if [[ \"$cur\" == -* ]]; then\n")
                .append("                COMPREPLY=( $(compgen -W \"").append(String.join(" ", spellings(root)))
                .append("\" -- \"$cur\") )\n")
                .append("            else\n")
                .append("                COMPREPLY=( $(compgen -W \"").append(String.join(" ", commandNames()))
                .append("\" -- \"$cur\") )\n")
                .append("            fi ;;\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            CommandSpec s = e.getValue();
            sb.append("        ").append(e.getKey()).append(")\n")
                    .append("            if [[ \"$cur\" == -* ]]; then\n")
                    .append("                COMPREPLY=( $(compgen -W \"").append(String.join(" ", spellings(s)))
                    .append("\" -- \"$cur\") )\n");
            if (paramChoices.containsKey(e.getKey())) {
                sb.append("            else\n")
                        .append("                COMPREPLY=( $(compgen -W \"")
                        .append(String.join(" ", paramChoices.get(e.getKey()))).append("\" -- \"$cur\") )\n");
            } else if (!s.params.isEmpty()) {
                sb.append("            else\n")
                        .append("                compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -f -- \"$cur\") )\n");
            }
            sb.append("            fi ;;\n");
        }
        // commands without a spec of their own (help) take a command's name
        sb.append("        *) COMPREPLY=( $(compgen -W \"").append(String.join(" ", commandNames()))
                .append("\" -- \"$cur\") ) ;;\n")
                .append("    esac\n")
                .append("}\n")
                .append("complete -F ").append(fn).append(' ').append(program).append('\n');
        return sb.toString();
    }

    /** zsh runs the bash function through its own bashcompinit, as many tools ship it. */
    private String zsh() {
        return "#compdef " + program + "\n"
                + "# " + program + " completion for zsh. Load it with\n"
                + "#   source <(" + program + " completion zsh)\n"
                + "# (after compinit), or save it as _" + program + " in a folder of $fpath.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + bash().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    private String fish() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(program).append(" completion for fish. Load it with\n")
                .append("#   ").append(program).append(" completion fish | source\n")
                .append("# or save it as ~/.config/fish/completions/").append(program).append(".fish\n")
                .append("complete -c ").append(program).append(" -e\n")
                .append("complete -c ").append(program).append(" -f\n");
        String noCommand = "not __fish_seen_subcommand_from " + String.join(" ", commandNames());
        for (String[] c : root.commands) {
            sb.append("complete -c ").append(program).append(" -n '").append(noCommand).append("' -a ").append(c[0])
                    .append(" -d ").append(fishQuote(c[1])).append('\n');
        }
        for (Opt o : root.options) {
            fishOption(sb, noCommand, o);
        }
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            String when = "__fish_seen_subcommand_from " + e.getKey();
            for (Opt o : e.getValue().options) {
                fishOption(sb, when, o);
            }
            if (paramChoices.containsKey(e.getKey())) {
                sb.append("complete -c ").append(program).append(" -n '").append(when).append("' -a '")
                        .append(String.join(" ", paramChoices.get(e.getKey()))).append("'\n");
            } else if (!e.getValue().params.isEmpty()) {
                sb.append("complete -c ").append(program).append(" -n '").append(when).append("' -F\n");
            }
        }
        sb.append("complete -c ").append(program).append(" -n '__fish_seen_subcommand_from help' -a '")
                .append(String.join(" ", commandNames())).append("'\n");
        return sb.toString();
    }

    private void fishOption(StringBuilder sb, String when, Opt o) {
        sb.append("complete -c ").append(program).append(" -n '").append(when).append("' -l ")
                .append(o.name.substring(2));
        if (o.shortName != 0) {
            sb.append(" -s ").append(o.shortName);
        }
        if (o.takesValue()) {
            if (choices.containsKey(o.name)) {
                sb.append(" -x -a '").append(String.join(" ", choices.get(o.name))).append('\'');
            } else if (takesFile(o)) {
                sb.append(" -r -F");
            } else {
                sb.append(" -x");
            }
        }
        sb.append(" -d ").append(fishQuote(firstSentence(o.description))).append('\n');
        if (o.negatable) {
            sb.append("complete -c ").append(program).append(" -n '").append(when).append("' -l no-")
                    .append(o.name.substring(2)).append('\n');
        }
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot < 0 ? s : s.substring(0, dot + 1);
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
