package org.declgen.pipeline;

/**
 * How {@code fmt} runs.
 *
 * @param checkOnly only say which files are not canonical; write nothing
 * @param showDiff show each change as a unified diff; write nothing
 */
public record FormatOptions(boolean checkOnly, boolean showDiff) {}
