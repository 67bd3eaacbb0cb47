/**
 * The command line: picocli commands, exit codes, printing diagnostics. Only here is System used.
 */
package org.declgen.cli;
