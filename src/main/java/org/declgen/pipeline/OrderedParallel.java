package org.declgen.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item on all cores and hands the results back in the items' order, keeping only
 * a small window of them in memory, so a run over ten thousand files stays flat.
 */
final class OrderedParallel {
  private OrderedParallel() {}

  /**
   * Applies {@code task} to every item and passes each result to {@code done} on the calling
   * thread, in order. {@code task} must not throw; it reports failures in its result.
   */
  static <T, R> void run(List<T> items, Function<T, R> task, Consumer<R> done) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
    if (threads <= 1) {
      items.forEach(item -> done.accept(task.apply(item)));
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "declgen-render");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<R>> window = new ArrayDeque<>();
      for (T item : items) {
        if (window.size() >= threads * 4) {
          done.accept(await(window.removeFirst()));
        }
        window.addLast(pool.submit(() -> task.apply(item)));
      }
      while (!window.isEmpty()) {
        done.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a render task failed", e.getCause());
    }
  }
}
