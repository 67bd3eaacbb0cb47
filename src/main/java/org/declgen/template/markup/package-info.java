/** FreeMarker markup as a person typed it into a template: found, normalised, and located. */
package org.declgen.template.markup;
