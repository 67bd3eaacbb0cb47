package org.declgen.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Gives every command the shared context instead of global state: a class with a constructor taking
 * the {@link CliContext} is made with it, anything else by picocli. Found by reflection rather than
 * listed as constructor references: Java 17's class-data archive does not hold the lambdas made in
 * this class (it implements a picocli interface), so each was spun at every start.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext ctx;

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withContext;
    try {
      withContext = type.getDeclaredConstructor(CliContext.class);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
    return withContext.newInstance(ctx);
  }
}
