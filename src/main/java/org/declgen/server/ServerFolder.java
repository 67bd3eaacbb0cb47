package org.declgen.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The folder a server lives in: private to its user, since whoever can connect runs commands. */
final class ServerFolder {
  private ServerFolder() {}

  static void make(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * Writes this process's id into the lock file: whoever wants to end the server finds it there.
   */
  static void writePid(FileChannel lockFile) throws IOException {
    String pid = ProcessHandle.current().pid() + "\n";
    lockFile.truncate(0).write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.US_ASCII)));
  }

  /** What tells this socket file from one made later in its place; empty when there is none. */
  static Optional<Object> identity(Path socket) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return Optional.ofNullable(a.fileKey())
          .map(Object.class::cast)
          .or(() -> Optional.of(a.creationTime()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Deletes the socket if it is still the one {@code identity} was taken of. */
  static void deleteIfSame(Path socket, Object identity) {
    if (identity.equals(identity(socket))) {
      delete(socket);
    }
  }

  static void delete(Path socket) {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // a later server deletes it before binding
    }
  }

  static void close(Channel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // closing is all that was wanted
    }
  }
}
