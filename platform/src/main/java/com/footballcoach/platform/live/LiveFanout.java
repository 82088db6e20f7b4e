package com.footballcoach.platform.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of one transport, by stream. The transport subscribes to the bus once per stream
 * (not once per connection), and each event is framed once — into a WebSocket message or an SSE
 * frame — then offered, as the same object, to every connection of the stream, in the order the bus
 * delivers. Members must not block: they only queue the frame.
 *
 * @param <F> the transport's frame
 */
public final class LiveFanout<F> {

    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);

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
        groups.compute(stream, (s, group) -> {
            Group joined = group == null ? new Group(s) : group;
            joined.members.add(member);
            return joined;
        });
        return () -> groups.computeIfPresent(stream, (s, group) -> {
            group.members.remove(member);
            if (group.members.isEmpty()) {
                group.subscription.close();
                return null;
            }
            return group;
        });
    }

    /** Connections of the stream (for tests and metrics). */
    int members(String stream) {
        Group group = groups.get(stream);
        return group == null ? 0 : group.members.size();
    }

    private final class Group {

        final Set<Member<F>> members = ConcurrentHashMap.newKeySet();
        final EventBus.Subscription subscription;

        Group(String stream) {
            this.subscription = bus.subscribe(stream, this::deliver);
        }

        void deliver(LiveEvent event) {
            if (members.isEmpty()) {
                return;
            }
            F frame = framer.apply(event);
            for (Member<F> member : members) {
                try {
                    member.onLive(event, frame);
                } catch (RuntimeException e) {
                    log.warn("A live connection failed on {}: {}", event.stream(), e.toString());
                }
            }
        }
    }
}
