package org.declgen.form;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where a field's value lives in the value that holds it: how to read it ({@code
 * Declaration::year}) and how to get a copy with it replaced ({@code Declaration::withYear}).
 */
public record Lens<T, V>(Function<T, V> getter, BiFunction<T, V, T> wither) {
  public static <T, V> Lens<T, V> of(Function<T, V> getter, BiFunction<T, V, T> wither) {
    return new Lens<>(getter, wither);
  }

  /** The value itself, for a group of fields that lives in the same record as its parent. */
  public static <T> Lens<T, T> self() {
    return new Lens<>(t -> t, (t, v) -> v);
  }

  public V get(T whole) {
    return getter.apply(whole);
  }

  public T with(T whole, V part) {
    return wither.apply(whole, part);
  }

  /** This lens seen from a value that holds a {@code T}: first {@code outer}, then this. */
  public <U> Lens<U, V> after(Lens<U, T> outer) {
    return new Lens<>(u -> get(outer.get(u)), (u, v) -> outer.with(u, with(outer.get(u), v)));
  }
}
