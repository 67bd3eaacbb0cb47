/**
 * FreeMarker as declgen sets it up: the one locked-down configuration, the helpers templates may
 * call, and the Markdown output format.
 */
package org.declgen.template.freemarker;
