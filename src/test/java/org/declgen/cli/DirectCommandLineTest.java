package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.declgen.diag.Messages;
import org.declgen.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The direct path sets a command's fields exactly as picocli does, or leaves the line to it. */
class DirectCommandLineTest {
  private static final CommandFactory FACTORY =
      new CommandFactory(
          new CliContext(
              new Pipeline(Path.of("."), Messages.chinese()),
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              false,
              Map.of()));

  /** The annotated fields' values after picocli parsed the line, or null if it refused it. */
  private static Map<String, Object> picocli(Class<?> type, List<String> args) throws Exception {
    Object command = FACTORY.create(type);
    try {
      new CommandLine(command, FACTORY)
          .parseArgs(args.subList(1, args.size()).toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      return null;
    }
    return fields(command);
  }

  private static Map<String, Object> direct(Class<?> type, List<String> args) throws Exception {
    Object command = FACTORY.create(type);
    DirectCommandLine.Shape shape =
        DirectCommandLine.SHAPES.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    return DirectCommandLine.bind(shape, command, args.toArray(String[]::new))
        ? fields(command)
        : null;
  }

  private static Map<String, Object> fields(Object command) throws IllegalAccessException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : command.getClass().getDeclaredFields()) {
      if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
        f.setAccessible(true);
        values.put(f.getName(), f.get(command));
      }
    }
    return values;
  }

  private static Class<?> commandNamed(String name) {
    return DirectCommandLine.SHAPES.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .type();
  }

  /** What a shape should be, read from the command's picocli annotations. */
  private static String annotated(Class<?> type) {
    StringBuilder sb = new StringBuilder();
    sb.append(type.getAnnotation(CommandLine.Command.class).name()).append('\n');
    assertThat(type.getSuperclass()).isEqualTo(Object.class);
    for (Field f : type.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      Parameters p = f.getAnnotation(Parameters.class);
      assertThat(f.isAnnotationPresent(CommandLine.Mixin.class)).isFalse();
      assertThat(f.isAnnotationPresent(CommandLine.ArgGroup.class)).isFalse();
      assertThat(f.isAnnotationPresent(CommandLine.Spec.class)).isFalse();
      if (o != null) {
        assertThat(f.getType()).isIn(String.class, boolean.class);
        assertThat(o.arity()).isEmpty();
        assertThat(o.split()).isEmpty();
        assertThat(o.converter()).isEmpty();
        assertThat(o.required() || o.negatable() || o.help() || o.usageHelp()).isFalse();
        boolean none = o.defaultValue().equals("__no_default_value__");
        assertThat(none || !o.defaultValue().contains("${")).isTrue();
        sb.append(
            String.join(
                " ",
                f.getName(),
                String.valueOf(f.getType() == boolean.class),
                none ? "null" : o.defaultValue(),
                String.join(",", o.names())));
        sb.append('\n');
      } else if (p != null) {
        assertThat(p.index()).isEmpty();
        assertThat(p.split()).isEmpty();
        assertThat(p.defaultValue()).isEqualTo("__no_default_value__");
        boolean one = f.getType() == String.class;
        assertThat(one ? p.arity() : "1..*").isEqualTo(one ? "" : p.arity());
        sb.append("files ").append(f.getName()).append(' ').append(one).append('\n');
      }
    }
    return sb.toString();
  }

  private static String written(DirectCommandLine.Shape shape) {
    StringBuilder sb = new StringBuilder(shape.name()).append('\n');
    for (Field f : shape.type().getDeclaredFields()) {
      shape.options().stream()
          .filter(o -> o.field().equals(f.getName()))
          .forEach(
              o ->
                  sb.append(
                          String.join(
                              " ",
                              o.field(),
                              String.valueOf(o.flag()),
                              String.valueOf(o.defaultValue()),
                              String.join(",", o.names())))
                      .append('\n'));
      if (f.getName().equals(shape.files())) {
        sb.append("files ").append(f.getName()).append(' ').append(shape.oneFile()).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void theWrittenShapesAreTheCommandsAnnotations() {
    for (DirectCommandLine.Shape shape : DirectCommandLine.SHAPES) {
      assertThat(written(shape)).isEqualTo(annotated(shape.type()));
    }
  }

  @Test
  void aShapeThatDiffersFromTheAnnotationsIsCaught() {
    DirectCommandLine.Shape wrong =
        new DirectCommandLine.Shape(
            "fmt",
            FmtCommand.class,
            "inputs",
            false,
            List.of(DirectCommandLine.OptionShape.flag("check", "--check")));
    assertThat(written(wrong)).isNotEqualTo(annotated(FmtCommand.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "render a.yaml",
        "render --format docx -o one a.yaml",
        "render a.yaml b.yaml --force -t gz-district --check",
        "render --output=out --format=md dir",
        "render -o=out a.yaml",
        "check a.yaml",
        "check --strict --format json a.yaml 数据/南沙.yaml",
        "textconv a.yaml",
        "textconv -t gz-municipal a.docx",
        "fmt --check a.yaml",
        "fmt --diff a.yaml b.yaml"
      })
  void plainLinesAreBoundAsPicocliBindsThem(String line) throws Exception {
    List<String> args = Arrays.asList(line.split(" "));
    Class<?> type = commandNamed(args.get(0));
    Map<String, Object> direct = direct(type, args);
    assertThat(direct).isNotNull();
    assertThat(direct).isEqualTo(picocli(type, args));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "render",
        "render --help",
        "render -h a.yaml",
        "render -V",
        "render -- a.yaml",
        "render @args.txt",
        "render -oout a.yaml",
        "render -o",
        "render -o out",
        "render -o -x a.yaml",
        "render -o out -o other a.yaml",
        "render --force=true a.yaml",
        "render --frmat docx a.yaml",
        "render - ",
        "textconv a.yaml b.yaml",
        "check --strict",
        "check -t= a.yaml"
      })
  void anythingElseIsLeftToPicocli(String line) throws Exception {
    List<String> args = Arrays.asList(line.split(" "));
    assertThat(direct(commandNamed(args.get(0)), args)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"diff a.yaml", "init 部门", "templates", "--help", "--version x", "bench", "nope x"})
  void otherCommandsAreLeftToPicocli(String line) throws Exception {
    assertThat(DirectCommandLine.parse(line.split(" "), FACTORY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void theVersionIsPrintedAsPicocliPrintsIt(String option) throws Exception {
    assertThat(DirectCommandLine.parse(new String[] {option}, FACTORY)).isPresent();
    StringWriter direct = new StringWriter();
    int code =
        Main.run(
            new String[] {option},
            new PrintWriter(direct),
            new PrintWriter(new StringWriter()),
            Map.of(),
            Path.of("."));
    StringWriter picocli = new StringWriter();
    CommandLine cli = new CommandLine(new DeclgenCommand());
    cli.setOut(new PrintWriter(picocli));
    assertThat(code).isZero().isEqualTo(cli.execute(option));
    assertThat(direct.toString())
        .isEqualTo(picocli.toString())
        .isEqualTo("declgen 0.1.0" + System.lineSeparator());
  }

  @Property(tries = 2000)
  void whateverIsBoundDirectlyPicocliBindsTheSame(@ForAll("commandLines") List<String> args)
      throws Exception {
    Class<?> type = commandNamed(args.get(0));
    Map<String, Object> direct = direct(type, args);
    Statistics.collect(direct != null ? "direct" : "picocli");
    if (direct != null) {
      assertThat(direct).as(String.join(" ", args)).isEqualTo(picocli(type, args));
    }
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> name = Arbitraries.of("render", "check", "textconv", "fmt");
    Arbitrary<String> token =
        Arbitraries.of(
            "a.yaml",
            "b.yaml",
            "dir",
            "docx",
            "md",
            "json",
            "text",
            "gz-district",
            "out",
            "-o",
            "--output",
            "-t",
            "--template",
            "-f",
            "--format",
            "--check",
            "--force",
            "--strict",
            "--diff",
            "-o=x",
            "--format=docx",
            "--check=true",
            "-x",
            "-",
            "--",
            "@f",
            "-h",
            "--help",
            "-V",
            "-fdocx",
            "表.yaml",
            "");
    return name.flatMap(
        n ->
            token
                .list()
                .ofMaxSize(6)
                .map(
                    rest -> {
                      List<String> all = new ArrayList<>();
                      all.add(n);
                      all.addAll(rest);
                      return all;
                    }));
  }
}
