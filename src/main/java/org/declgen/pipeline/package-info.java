/**
 * The workflow every command, the benchmark and the golden tests share: find the declarations, load
 * them, choose their template, check, render and write them as a set; import and textconv. Results
 * are values the command line prints; nothing here prints.
 */
package org.declgen.pipeline;
