/**
 * A resident declgen process, so that a command run again and again (git's textconv for every file
 * of every revision, an editor's check on every save) does not start and warm up a JVM each time.
 *
 * <p>{@link org.declgen.server.Server} listens on a Unix domain socket in the per-user cache folder
 * and runs each command line it is sent, with the sender's working folder, environment and streams;
 * {@link org.declgen.server.Client} sends one and relays what comes back. Nothing here knows what a
 * command does: the caller supplies the {@link org.declgen.server.Server.Handler}.
 */
package org.declgen.server;
