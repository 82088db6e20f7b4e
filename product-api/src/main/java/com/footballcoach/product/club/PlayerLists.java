package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.ReadCache;
import com.footballcoach.platform.jdbc.ReadCaches;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The most read list of the app, {@code GET /api/players}, cached per team set and page until a
 * write commits ({@link ReadCaches}).
 */
@Component
class PlayerLists {

    private static final int MAX_LISTS = 4_096;

    private final ReadCache<Key, List<Player>> lists;

    PlayerLists(ReadCaches caches) {
        this.lists = caches.create(MAX_LISTS);
    }

    List<Player> get(List<String> teamIds, int limit, int offset, Supplier<List<Player>> query) {
        return lists.get(new Key(teamIds, limit, offset), query);
    }

    private record Key(List<String> teamIds, int limit, int offset) {
    }
}
