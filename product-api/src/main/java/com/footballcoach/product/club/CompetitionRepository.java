package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompetitionRepository {

    private final JdbcClient jdbc;
    private final Listings listings;

    CompetitionRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    Listing<Competition> findAllVisible(String clubId, PageRequest page) {
        return listings.query("""
                SELECT id, name, user_id, created_at FROM events
                 WHERE user_id IS NULL OR user_id = :club""", "name, (user_id IS NULL), id")
                .param("club", clubId).page(page, Rows.of(Competition.class));
    }

    Optional<Competition> findById(String id) {
        return jdbc.sql("SELECT id, name, user_id, created_at FROM events WHERE id = :id").param("id", id)
                .query(Rows.of(Competition.class)).optional();
    }

    void insert(String id, String clubId, String name) {
        jdbc.sql("INSERT INTO events (id, name, user_id) VALUES (:id, :name, :club)")
                .param("id", id).param("name", name).param("club", clubId).update();
    }

    int update(String id, String name) {
        return jdbc.sql("UPDATE events SET name = :name WHERE id = :id").param("id", id).param("name", name).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM events WHERE id = :id").param("id", id).update();
    }
}
