package org.declgen.diag;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * User-facing text. Chinese is the default (the users are finance offices); English is chosen only
 * when the environment explicitly asks for it.
 */
public final class Messages {
  /**
   * The bundles looked in, first to last, by language: the language's own, then the Chinese default
   * (""). Compiled by the build from {@code messages*.properties} ({@link CompiledBundles}).
   */
  private final List<String> bundles;

  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    String own = locale.getLanguage();
    this.bundles = own.isEmpty() || !CompiledBundles.has(own) ? List.of("") : List.of(own, "");
  }

  /** Made once per process (a resident server answers many commands): bundles never change. */
  private static final class Chinese {
    static final Messages INSTANCE = new Messages(Locale.ROOT);
  }

  private static final class English {
    static final Messages INSTANCE = new Messages(Locale.ENGLISH);
  }

  public static Messages chinese() {
    return Chinese.INSTANCE;
  }

  public static Messages english() {
    return English.INSTANCE;
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

  /** Names listed the way the language lists them: 「甲、乙」, "a, b". */
  public String list(Collection<String> names) {
    return String.join(isEnglish() ? ", " : "、", names);
  }

  public String get(String key, Object... args) {
    String pattern = null;
    for (int i = 0; i < bundles.size() && pattern == null; i++) {
      pattern = CompiledBundles.get(bundles.get(i), key);
    }
    if (pattern == null) {
      return key;
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.ROOT).format(integersWritten(args));
  }

  /**
   * The arguments with every integer written as {@link MessageFormat} writes it in {@link
   * Locale#ROOT} ({@code 1,234}), so that a message with a count does not load the JDK's locale
   * data for its number format: about 7 ms of every {@code check}. Other numbers are left to it.
   */
  static Object[] integersWritten(Object[] args) {
    Object[] result = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Integer
          || args[i] instanceof Long
          || args[i] instanceof Short
          || args[i] instanceof Byte) {
        if (result == args) {
          result = args.clone();
        }
        result[i] = grouped(((Number) args[i]).longValue());
      }
    }
    return result;
  }

  private static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    sb.append(digits, 0, sign);
    for (int i = sign; i < digits.length(); i++) {
      if (i > sign && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }
}
