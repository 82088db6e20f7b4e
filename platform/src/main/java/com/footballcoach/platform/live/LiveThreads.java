package com.footballcoach.platform.live;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for blocking writes to live connections: virtual threads on Java 21+, else a pool. */
final class LiveThreads {

    private LiveThreads() {
    }

    static ExecutorService writers() {
        try {
            // Java 21+: one cheap virtual thread per drain; looked up reflectively to stay Java 17 bytecode
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            AtomicInteger count = new AtomicInteger();
            return Executors.newFixedThreadPool(64, r -> {
                Thread thread = new Thread(r, "live-writer-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
