package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.ReadCache;
import com.footballcoach.platform.jdbc.ReadCaches;
import com.footballcoach.platform.web.PreparedJson;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The most read list of the app, {@code GET /api/players}, cached per team set and page, as the
 * JSON it answers, until a write commits ({@link ReadCaches}).
 */
@Component
class PlayerLists {

    private static final int MAX_LISTS = 4_096;

    private final ReadCache<Key, PreparedJson> lists;
    private final JsonMapper json;

    PlayerLists(ReadCaches caches, JsonMapper json) {
        this.lists = caches.create(MAX_LISTS);
        this.json = json;
    }

    PreparedJson get(List<String> teamIds, int limit, int offset, Supplier<List<Player>> query) {
        return lists.get(new Key(teamIds, limit, offset), () -> PreparedJson.of(json, query.get()));
    }

    private record Key(List<String> teamIds, int limit, int offset) {
    }
}
