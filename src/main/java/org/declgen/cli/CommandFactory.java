package org.declgen.cli;

import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Gives every command the shared context instead of global state. */
final class CommandFactory implements CommandLine.IFactory {
  private static final Map<Class<?>, Function<CliContext, Object>> COMMANDS =
      Map.of(
          RenderCommand.class, RenderCommand::new,
          CheckCommand.class, CheckCommand::new,
          FmtCommand.class, FmtCommand::new,
          InitCommand.class, InitCommand::new,
          ImportCommand.class, ImportCommand::new,
          DiffCommand.class, DiffCommand::new,
          TextconvCommand.class, TextconvCommand::new,
          TemplatesCommand.class, TemplatesCommand::new,
          BenchCommand.class, BenchCommand::new,
          TemplateCommand.Inspect.class, TemplateCommand.Inspect::new);

  private final CliContext ctx;

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Function<CliContext, Object> make = COMMANDS.get(type);
    return make != null ? type.cast(make.apply(ctx)) : CommandLine.defaultFactory().create(type);
  }
}
