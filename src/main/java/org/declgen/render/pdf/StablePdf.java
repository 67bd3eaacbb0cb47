package org.declgen.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes LibreOffice's PDF the same bytes for the same form: the time it was made and the file
 * identifiers it draws from the clock are replaced, in place and at the same length (so the
 * cross-reference offsets stay right), by a fixed date and a digest of the printed .docx.
 */
final class StablePdf {
  private static final Pattern DATE =
      Pattern.compile("/(?:CreationDate|ModDate)\\s*\\(D:(\\d{14})");
  private static final Pattern IDS =
      Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>\\s*\\]");
  private static final Pattern CHECKSUM = Pattern.compile("/DocChecksum\\s*/([0-9A-Fa-f]{32})");
  private static final String FIXED_DATE = "20000101000000";

  private StablePdf() {}

  static byte[] of(byte[] pdf, byte[] docx) {
    // ISO-8859-1 maps every byte to one char and back, so offsets and binary streams survive.
    StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
    String digest = md5(docx);
    replaceGroups(text, DATE, FIXED_DATE);
    replaceGroups(text, IDS, digest);
    replaceGroups(text, CHECKSUM, digest);
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Overwrites every capturing group of every match with {@code value} (same length). */
  private static void replaceGroups(StringBuilder text, Pattern pattern, String value) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g).length() == value.length()) {
          text.replace(m.start(g), m.end(g), value);
        }
      }
    }
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(bytes))
          .toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
