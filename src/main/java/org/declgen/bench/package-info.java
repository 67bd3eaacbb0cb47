/** The benchmark: declgen against a plain java.util.zip floor, and the forms it renders. */
package org.declgen.bench;
