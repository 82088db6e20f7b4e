package com.footballcoach.platform.live;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of one transport, by stream. The transport subscribes to the bus once per stream
 * (not once per connection), and each event is framed once — into a WebSocket message or an SSE
 * frame — then offered, as the same object, to every connection of the stream, in the order the bus
 * delivers. Members must not block: they only queue the frame (or start a non-blocking write).
 *
 * <p>A stream's connections are spread over one lane per CPU: the bus's thread offers the frame to
 * the first lane itself and hands each other lane to that lane's thread, once per event (not once
 * per connection). A connection stays in its lane, and each lane runs its events in order, so every
 * connection gets the events in the order of the bus; with a thousand clients, their socket writes
 * run on every core.
 *
 * @param <F> the transport's frame
 */
public final class LiveFanout<F> {

    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);
    /** Threads of the lanes after the first (which is the bus's thread): one fewer than the CPUs. */
    private static final Executor[] LANE_THREADS = laneThreads(Runtime.getRuntime().availableProcessors() - 1);

    /** One connection of a stream. */
    @FunctionalInterface
    public interface Member<F> {
        void onLive(LiveEvent event, F frame);
    }

    private final EventBus bus;
    private final Function<LiveEvent, F> framer;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    public LiveFanout(EventBus bus, Function<LiveEvent, F> framer) {
        this.bus = bus;
        this.framer = framer;
    }

    /** Adds a connection to a stream's live events until the returned subscription is closed. */
    public EventBus.Subscription join(String stream, Member<F> member) {
        @SuppressWarnings("unchecked")
        Set<Member<F>>[] lane = new Set[1];
        groups.compute(stream, (s, group) -> {
            Group joined = group == null ? new Group(s) : group;
            lane[0] = joined.add(member);
            return joined;
        });
        return () -> groups.computeIfPresent(stream, (s, group) -> {
            lane[0].remove(member);
            if (group.isEmpty()) {
                group.subscription.close();
                return null;
            }
            return group;
        });
    }

    /** Connections of the stream (for tests and metrics). */
    int members(String stream) {
        Group group = groups.get(stream);
        if (group == null) {
            return 0;
        }
        return Arrays.stream(group.lanes).mapToInt(Set::size).sum();
    }

    private static Executor[] laneThreads(int count) {
        Executor[] threads = new Executor[count];
        for (int i = 0; i < count; i++) {
            String name = "live-lane-" + (i + 1);
            // bounded like the dispatcher's backlog: past it an event is not fanned out to the lane
            // (it is stored, and its clients replay it on reconnect)
            threads[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(LocalDispatch.BACKLOG), r -> {
                        Thread thread = new Thread(r, name);
                        thread.setDaemon(true);
                        return thread;
                    }, (task, pool) -> log.warn("Live lane backlog full: an event was not fanned out to a lane "
                            + "(clients replay on reconnect)"));
        }
        return threads;
    }

    private final class Group {

        final String stream;
        @SuppressWarnings("unchecked")
        final Set<Member<F>>[] lanes = new Set[LANE_THREADS.length + 1];
        final AtomicInteger joins = new AtomicInteger();
        final EventBus.Subscription subscription;

        Group(String stream) {
            this.stream = stream;
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = ConcurrentHashMap.newKeySet();
            }
            this.subscription = bus.subscribe(stream, this::deliver);
        }

        /** Puts a new connection in the next lane, round robin; returns that lane. */
        Set<Member<F>> add(Member<F> member) {
            Set<Member<F>> lane = lanes[Math.floorMod(joins.getAndIncrement(), lanes.length)];
            lane.add(member);
            return lane;
        }

        boolean isEmpty() {
            for (Set<Member<F>> lane : lanes) {
                if (!lane.isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        void deliver(LiveEvent event) {
            if (isEmpty()) {
                return;
            }
            F frame = framer.apply(event);
            for (int i = 1; i < lanes.length; i++) {
                Set<Member<F>> lane = lanes[i];
                if (!lane.isEmpty()) {
                    LANE_THREADS[i - 1].execute(() -> offer(lane, event, frame));
                }
            }
            offer(lanes[0], event, frame);
        }

        private void offer(Set<Member<F>> lane, LiveEvent event, F frame) {
            for (Member<F> member : lane) {
                try {
                    member.onLive(event, frame);
                } catch (RuntimeException e) {
                    log.warn("A live connection failed on {}: {}", stream, e.toString());
                }
            }
        }
    }
}
