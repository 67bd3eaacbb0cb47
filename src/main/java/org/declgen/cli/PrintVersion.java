package org.declgen.cli;

import java.util.concurrent.Callable;

/** {@code declgen --version}, run without picocli (see {@link DirectCommandLine}). */
final class PrintVersion implements Callable<Integer> {
  private final CliContext ctx;

  PrintVersion(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ctx.out.println(DeclgenCommand.VERSION);
    ctx.out.flush();
    return ExitCodes.OK;
  }
}
