package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.ReadCache;
import com.footballcoach.platform.jdbc.ReadCacheSettings;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The most read list of the app, {@code GET /api/players}, cached per team set and page. Every
 * change of a players row made here (the player routes, and a team's deletion, which un-assigns
 * its players) drops the lists once it commits; see {@link ReadCache} for writes made elsewhere.
 */
@Component
class PlayerLists {

    private static final int MAX_LISTS = 4_096;

    private final ReadCache<Key, List<Player>> lists;

    PlayerLists(ReadCacheSettings settings, Clock clock) {
        this.lists = new ReadCache<>(settings.ttl(), MAX_LISTS, clock);
    }

    List<Player> get(List<String> teamIds, int limit, int offset, Supplier<List<Player>> query) {
        return lists.get(new Key(teamIds, limit, offset), query);
    }

    void changed() {
        lists.invalidateAfterCommit();
    }

    private record Key(List<String> teamIds, int limit, int offset) {
    }
}
