/** The declaration as immutable values: amounts are exact decimals, texts are kept as written. */
package org.declgen.model;
