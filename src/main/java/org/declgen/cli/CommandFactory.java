package org.declgen.cli;

import picocli.CommandLine;

/**
 * Gives every command the shared context instead of global state. Written out rather than as a map
 * of constructor references: Java 17's class-data archive does not hold the lambdas made in this
 * class (it implements a picocli interface), so each of them was spun at every start.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext ctx;

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Object command = command(type);
    return command != null ? type.cast(command) : CommandLine.defaultFactory().create(type);
  }

  private Object command(Class<?> type) {
    if (type == RenderCommand.class) {
      return new RenderCommand(ctx);
    } else if (type == CheckCommand.class) {
      return new CheckCommand(ctx);
    } else if (type == FmtCommand.class) {
      return new FmtCommand(ctx);
    } else if (type == InitCommand.class) {
      return new InitCommand(ctx);
    } else if (type == ImportCommand.class) {
      return new ImportCommand(ctx);
    } else if (type == DiffCommand.class) {
      return new DiffCommand(ctx);
    } else if (type == TextconvCommand.class) {
      return new TextconvCommand(ctx);
    } else if (type == TemplatesCommand.class) {
      return new TemplatesCommand(ctx);
    } else if (type == BenchCommand.class) {
      return new BenchCommand(ctx);
    } else if (type == GitSetupCommand.class) {
      return new GitSetupCommand(ctx);
    } else if (type == TemplateCommand.Inspect.class) {
      return new TemplateCommand.Inspect(ctx);
    }
    return null;
  }
}
