package com.footballcoach.product.assistant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reads of one question side by side within a total time budget. What finished in time
 * is used; a step still running at the deadline is cancelled (its JDBC timeout stops the query on
 * the server) and reported as left out, as is a step that failed.
 */
final class Retrieval {

    private static final Logger log = LoggerFactory.getLogger(Retrieval.class);

    private final ExecutorService executor;

    Retrieval(ExecutorService executor) {
        this.executor = executor;
    }

    /** One named read. */
    record Step<T>(String name, Callable<T> work) {
    }

    /** What came back, by step name, and what was left out (with why). */
    record Result(Map<String, Object> values, List<String> leftOut, Duration elapsed) {

        @SuppressWarnings("unchecked")
        <T> @Nullable T get(String name) {
            return (T) values.get(name);
        }
    }

    Result run(List<Step<?>> steps, Duration budget) {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        Map<Step<?>, Future<?>> running = new LinkedHashMap<>();
        for (Step<?> step : steps) {
            running.put(step, executor.submit(step.work()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<Step<?>, Future<?>> entry : running.entrySet()) {
            String name = entry.getKey().name();
            Future<?> future = entry.getValue();
            try {
                Object value = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (value != null) {
                    values.put(name, value);
                }
            } catch (TimeoutException e) {
                future.cancel(true);
                leftOut.add(name + " (not ready within the " + budget.toMillis() + " ms budget)");
            } catch (ExecutionException | CancellationException e) {
                log.warn("Assistant retrieval step {} failed: {}", name, e.getCause() == null ? e : e.getCause().toString());
                leftOut.add(name + " (failed)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                leftOut.add(name + " (interrupted)");
            }
        }
        return new Result(values, leftOut, Duration.ofNanos(System.nanoTime() - started));
    }
}
