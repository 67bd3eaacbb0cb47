package org.declgen.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One command line as the client's process would have run it.
 *
 * @param build the client's build and Java; a server of another build refuses the request
 * @param workingDir the folder relative paths start from
 * @param interactive whether a person watches the client's terminal
 * @param env the client's environment
 * @param args the command line, without the program name
 */
public record Request(
    String build,
    Path workingDir,
    boolean interactive,
    Map<String, String> env,
    List<String> args) {
  public Request {
    env = Map.copyOf(env);
    args = List.copyOf(args);
  }
}
