package org.declgen.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the plain command lines that editors, git and CI start over and over ({@code check FILE},
 * {@code textconv FILE}, {@code render --format docx -o DIR FILE} …) without building picocli's
 * model: that model costs about a third of such a run's start-up (picocli's classes are Java 5
 * bytecode, which class-data sharing cannot archive). The command's own picocli annotations are
 * read and its fields set exactly as picocli sets them; a test holds the two to the same fields.
 *
 * <p>Only the simplest forms are taken: option names written out in full, each at most once, a
 * string option's value as the next argument (or after {@code =}), and plain file names. Anything
 * else (help, {@code --}, {@code @file}, clustered or unknown options, a value that starts with
 * {@code -}, a missing value or file) is left to picocli, which parses it or explains the mistake.
 */
final class DirectCommandLine {
  /** The commands run often enough to matter, each with only string, flag and file arguments. */
  static final List<Class<?>> COMMANDS =
      List.of(RenderCommand.class, CheckCommand.class, TextconvCommand.class, FmtCommand.class);

  private static final String NO_DEFAULT = "__no_default_value__";

  private DirectCommandLine() {}

  /** The command {@code args} names, set up as picocli would, or empty to leave it to picocli. */
  @SuppressWarnings("unchecked")
  static Optional<Callable<Integer>> parse(String[] args, CommandFactory factory) throws Exception {
    if (args.length < 2) {
      return Optional.empty();
    }
    for (Class<?> type : COMMANDS) {
      if (type.getAnnotation(Command.class).name().equals(args[0])) {
        Object command = factory.create(type);
        return bind(command, args) ? Optional.of((Callable<Integer>) command) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Sets the command's fields from {@code args} (after the command's name); false if not plain. */
  static boolean bind(Object command, String[] args) throws IllegalAccessException {
    if (command.getClass().getSuperclass() != Object.class) {
      return false;
    }
    Map<String, Field> options = new HashMap<>();
    Field positional = null;
    for (Field f : command.getClass().getDeclaredFields()) {
      Option option = f.getAnnotation(Option.class);
      Parameters parameters = f.getAnnotation(Parameters.class);
      if (option != null) {
        if (!isPlain(f, option)) {
          return false;
        }
        for (String name : option.names()) {
          options.put(name, f);
        }
      } else if (parameters != null) {
        if (positional != null || !isPlain(f, parameters)) {
          return false;
        }
        positional = f;
      }
    }
    if (positional == null) {
      return false;
    }
    Map<Field, Object> values = new HashMap<>();
    List<String> files = new ArrayList<>();
    Set<Field> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return false;
      }
      if (!arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Field f = options.get(name);
      if (f == null || !seen.add(f)) {
        return false;
      }
      if (f.getType() == boolean.class) {
        if (eq >= 0) {
          return false;
        }
        values.put(f, true);
        continue;
      }
      String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
      if (value == null || value.startsWith("-") || value.startsWith("@") || value.isEmpty()) {
        return false;
      }
      values.put(f, value);
    }
    if (files.isEmpty() || positional.getType() == String.class && files.size() != 1) {
      return false;
    }
    values.put(positional, positional.getType() == String.class ? files.get(0) : files);
    for (Field f : new HashSet<>(options.values())) {
      String fallback = f.getAnnotation(Option.class).defaultValue();
      if (!fallback.equals(NO_DEFAULT)) {
        values.putIfAbsent(f, fallback);
      }
    }
    for (Map.Entry<Field, Object> e : values.entrySet()) {
      e.getKey().setAccessible(true);
      e.getKey().set(command, e.getValue());
    }
    return true;
  }

  private static boolean isPlain(Field f, Option o) {
    Class<?> type = f.getType();
    return (type == String.class || type == boolean.class && o.defaultValue().equals(NO_DEFAULT))
        && o.arity().isEmpty()
        && o.split().isEmpty()
        && o.converter().length == 0
        && o.type().length == 0
        && !o.required()
        && !o.negatable()
        && !o.interactive()
        && !o.help()
        && !o.usageHelp()
        && !o.versionHelp()
        && o.fallbackValue().isEmpty()
        && !o.defaultValue().contains("${");
  }

  private static boolean isPlain(Field f, Parameters p) {
    return p.index().isEmpty()
        && p.split().isEmpty()
        && p.converter().length == 0
        && p.defaultValue().equals(NO_DEFAULT)
        && (f.getType() == List.class && p.arity().equals("1..*")
            || f.getType() == String.class && p.arity().isEmpty());
  }
}
