package org.declgen.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Runs the plain command lines that editors, git and CI start over and over ({@code check FILE},
 * {@code textconv FILE}, {@code render --format docx -o DIR FILE} …) without building picocli's
 * model: that model cost about 0.1 s of CPU per run (picocli's classes are Java 5 bytecode, which
 * class-data sharing cannot archive), and even reading the commands' annotations costs 40 ms (each
 * annotation type is a proxy class spun at run time). So the shapes of these command lines are
 * written out below; a test holds them to the commands' picocli annotations, and a property holds
 * the fields set here to the fields picocli sets.
 *
 * <p>{@code declgen --version} (or {@code -V}) alone is taken too: a first step of the README, and
 * of the launcher's training, it cost as much as a check through picocli.
 *
 * <p>Only the simplest forms are taken: option names written out in full, each at most once, a
 * string option's value as the next argument (or after {@code =}), and plain file names. Anything
 * else (help, {@code --}, {@code @file}, clustered or unknown options, a value that starts with
 * {@code -}, a missing value or file) is left to picocli, which parses it or explains the mistake.
 */
final class DirectCommandLine {
  /** An option: the field it sets, its names, its default (null: none); a flag takes no value. */
  record OptionShape(String field, boolean flag, String defaultValue, List<String> names) {
    static OptionShape value(String field, String defaultValue, String... names) {
      return new OptionShape(field, false, defaultValue, List.of(names));
    }

    static OptionShape flag(String field, String... names) {
      return new OptionShape(field, true, null, List.of(names));
    }
  }

  /**
   * A command's plain form: its name, its class, the field of its files (a list of one or more, or
   * a single file when {@code oneFile}), and its options.
   */
  record Shape(
      String name, Class<?> type, String files, boolean oneFile, List<OptionShape> options) {}

  static final List<Shape> SHAPES =
      List.of(
          new Shape(
              "render",
              RenderCommand.class,
              "inputs",
              false,
              List.of(
                  OptionShape.value("outputDir", "output", "-o", "--output"),
                  OptionShape.value("template", null, "-t", "--template"),
                  OptionShape.value("format", "docx,md", "-f", "--format"),
                  OptionShape.flag("check", "--check"),
                  OptionShape.flag("force", "--force"))),
          new Shape(
              "check",
              CheckCommand.class,
              "inputs",
              false,
              List.of(
                  OptionShape.value("format", "text", "--format"),
                  OptionShape.flag("strict", "--strict"),
                  OptionShape.value("template", null, "-t", "--template"))),
          new Shape(
              "textconv",
              TextconvCommand.class,
              "file",
              true,
              List.of(OptionShape.value("template", null, "-t", "--template"))),
          new Shape(
              "fmt",
              FmtCommand.class,
              "inputs",
              false,
              List.of(OptionShape.flag("check", "--check"), OptionShape.flag("diff", "--diff"))));

  private DirectCommandLine() {}

  /** The command {@code args} names, set up as picocli would, or empty to leave it to picocli. */
  @SuppressWarnings("unchecked")
  static Optional<Callable<Integer>> parse(String[] args, CommandFactory factory) throws Exception {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return Optional.of(factory.create(PrintVersion.class));
    }
    if (args.length < 2) {
      return Optional.empty();
    }
    for (Shape shape : SHAPES) {
      if (shape.name().equals(args[0])) {
        Object command = factory.create(shape.type());
        return bind(shape, command, args)
            ? Optional.of((Callable<Integer>) command)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Sets the command's fields from {@code args} (after the command's name); false if not plain. */
  static boolean bind(Shape shape, Object command, String[] args)
      throws ReflectiveOperationException {
    Map<String, OptionShape> byName = new HashMap<>();
    shape.options().forEach(o -> o.names().forEach(n -> byName.put(n, o)));
    // Keyed by field name: a record's first hashCode spins up its bootstrap method (~4 ms).
    Map<String, Object> given = new HashMap<>();
    List<String> files = new ArrayList<>();
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
      OptionShape option = byName.get(eq < 0 ? arg : arg.substring(0, eq));
      if (option == null || given.containsKey(option.field()) || option.flag() && eq >= 0) {
        return false;
      }
      if (option.flag()) {
        given.put(option.field(), true);
        continue;
      }
      String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : "";
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return false;
      }
      given.put(option.field(), value);
    }
    if (files.isEmpty() || shape.oneFile() && files.size() != 1) {
      return false;
    }
    set(command, shape.files(), shape.oneFile() ? files.get(0) : files);
    for (OptionShape option : shape.options()) {
      Object value = given.getOrDefault(option.field(), option.defaultValue());
      if (value != null) {
        set(command, option.field(), value);
      }
    }
    return true;
  }

  private static void set(Object command, String field, Object value)
      throws ReflectiveOperationException {
    Field f = command.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(command, value);
  }
}
