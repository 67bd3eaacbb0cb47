/** Turns one declaration file into its Word form and review Markdown, written atomically. */
package org.declgen.render;
