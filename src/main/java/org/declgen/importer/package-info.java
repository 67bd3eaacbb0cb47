/**
 * Import: a filled form (docx, xlsx, converter Markdown) read into a neutral cell grid, then mapped
 * to the model by the form's labels; every source cell ends in the model or in a warning.
 */
package org.declgen.importer;
