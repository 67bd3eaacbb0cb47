/**
 * Finding templates: the project's {@code templates/} folder first, then those built into the jar.
 */
package org.declgen.template.catalog;
