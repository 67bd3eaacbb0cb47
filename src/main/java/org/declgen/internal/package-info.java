/** Small helpers for this project's own use; don't depend on them from outside. */
package org.declgen.internal;
