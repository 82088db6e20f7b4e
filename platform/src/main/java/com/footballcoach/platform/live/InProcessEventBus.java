package com.footballcoach.platform.live;

import java.util.function.Consumer;

/** The bus of one process; in {@code ./coach up} both apps share it through their parent context. */
public final class InProcessEventBus implements EventBus, AutoCloseable {

    private final LocalDispatch dispatch = new LocalDispatch();

    @Override
    public void publish(LiveEvent event) {
        dispatch.deliver(event);
    }

    @Override
    public Subscription subscribe(String stream, Consumer<LiveEvent> listener) {
        return dispatch.add(stream, listener);
    }

    /** Stops the dispatcher thread. */
    @Override
    public void close() {
        dispatch.close();
    }
}
