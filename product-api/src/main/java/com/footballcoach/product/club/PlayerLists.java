package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.ReadCache;
import com.footballcoach.platform.jdbc.ReadCaches;
import com.footballcoach.platform.web.PreparedJson;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The most read list of the app, {@code GET /api/players} (whole), cached per team set, as the
 * JSON it answers, until a write commits ({@link ReadCaches}).
 */
@Component
class PlayerLists {

    private static final int MAX_LISTS = 4_096;

    private final ReadCache<List<String>, PreparedJson> lists;
    private final JsonMapper json;

    PlayerLists(ReadCaches caches, JsonMapper json) {
        this.lists = caches.create(MAX_LISTS);
        this.json = json;
    }

    PreparedJson get(List<String> teamIds, Supplier<List<Player>> query) {
        return lists.get(teamIds, () -> PreparedJson.of(json, query.get()));
    }
}
