package org.declgen.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.form.IndicatorFramework;
import org.declgen.pipeline.EditorSchema;
import org.declgen.pipeline.FileProblem;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.PathDisplay;
import org.declgen.yaml.NewDeclaration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen init 部门名称}: a new, empty declaration with every key and the framework. */
@Command(
    name = "init",
    sortOptions = false,
    description = {
      "新建一份空白申报表：包含全部栏目、所选模板的标准指标框架和填写说明。",
      "Write a new declaration with every key, the standard indicator framework and comments."
    })
final class InitCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      paramLabel = "部门名称",
      description = {"部门名称。", "The department's name."})
  String department;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      description = {
        "模板：gz-district（区级）、gd-municipal（市级）或项目 templates/ 中的模板；指定时写入申报表的「模板」一项；"
            + "不写时用所在文件夹 declgen.yaml 的「模板」，再默认 gz-district。",
        "gz-district, gd-municipal or a project template; recorded as 模板 when given; default:"
            + " the folder's declgen.yaml 模板, else gz-district."
      })
  String template;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = {
        "输出文件（默认 部门名称.yaml）；已存在时不会覆盖。",
        "Output file (default: <部门名称>.yaml); never overwritten."
      })
  String output;

  InitCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A file name given where the department's name goes ({@code declgen init data/财政局.yaml}): no
   * department's name holds a slash or ends in .yaml.
   */
  private static boolean looksLikeAFile(String department) {
    String name = department.strip();
    return name.contains("/")
        || name.contains("\\")
        || name.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
  }

  @Override
  public Integer call() {
    if (template != null) {
      try {
        ctx.pipeline.template(template);
      } catch (DiagnosticException e) {
        ctx.error("cli.init.bad-template", template, ctx.messages.list(ctx.pipeline.templateIds()));
        return ExitCodes.USAGE;
      }
    }
    if (department.isBlank()) {
      ctx.error("check.structure.required", "部门名称");
      return ExitCodes.USAGE;
    }
    if (looksLikeAFile(department)) {
      String stem = department.strip().replaceFirst("(?i)\\.ya?ml$", "");
      String example = stem.substring(Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\')) + 1);
      ctx.error(
          "cli.init.file-as-department", department.strip(), example.isBlank() ? "某区财政局" : example);
      return ExitCodes.USAGE;
    }
    String name =
        output != null ? output : department.strip().replaceAll("[\\\\/:*?\"<>|]", "_") + ".yaml";
    IndicatorFramework framework;
    try {
      framework = ctx.pipeline.templateForNewFile(name, Optional.ofNullable(template)).framework();
    } catch (DiagnosticException e) {
      ctx.print(Findings.of(e.diagnostics()));
      return ExitCodes.ERRORS;
    }
    Path file = ctx.workingDir().resolve(name);
    EditorSchema.Link schema = ctx.pipeline.editorSchema(name);
    String text = NewDeclaration.yaml(department.strip(), template, framework, schema.reference());
    Optional<FileProblem> problem = ctx.pipeline.create(name, text);
    if (problem.isPresent()) {
      if (problem.get().reason() == FileProblem.Reason.EXISTS) {
        ctx.error("cli.init.exists", problem.get().path());
      } else {
        ctx.print(problem.get());
      }
      return ExitCodes.USAGE;
    }
    ctx.out.println(
        ctx.messages.get("cli.init.wrote", PathDisplay.like(ctx.workingDir(), name).show(file)));
    ctx.out.flush();
    ctx.pipeline.placeEditorSchema(schema, name).ifPresent(ctx::said);
    return ExitCodes.OK;
  }
}
