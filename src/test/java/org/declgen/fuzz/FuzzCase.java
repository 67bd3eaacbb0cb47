package org.declgen.fuzz;

/**
 * One damaged declaration: its category, what was done to which seed, and the bytes to feed.
 *
 * @param number its place in the run, so a failure can be found again
 */
record FuzzCase(int number, YamlMutations.Category category, String description, byte[] bytes) {
  @Override
  public String toString() {
    return "#" + number + " " + category + ": " + description + " (" + bytes.length + " bytes)";
  }
}
