package org.declgen.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text. Chinese is the default (the users are finance offices); English is chosen only
 * when the environment explicitly asks for it.
 */
public final class Messages {
  private static final String BUNDLE = "org.declgen.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages chinese() {
    return new Messages(Locale.ROOT);
  }

  public static Messages english() {
    return new Messages(Locale.ENGLISH);
  }

  /**
   * Picks the language from {@code DECLGEN_LANG}, then {@code LC_ALL}, {@code LC_MESSAGES}, {@code
   * LANG}: English only when the first one set starts with "en"; "C" and "POSIX" keep the Chinese
   * default.
   */
  public static Messages fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"DECLGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.getOrDefault(name, "");
      if (!value.isBlank()) {
        return value.toLowerCase(Locale.ROOT).startsWith("en") ? english() : chinese();
      }
    }
    return chinese();
  }

  public Locale locale() {
    return locale;
  }

  public boolean isEnglish() {
    return locale.getLanguage().equals("en");
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
