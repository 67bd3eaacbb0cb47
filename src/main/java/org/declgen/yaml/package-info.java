/** YAML ⇄ model: reads a declaration with every value's position, never through Java types. */
package org.declgen.yaml;
