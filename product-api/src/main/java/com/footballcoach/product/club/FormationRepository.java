package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FormationRepository {

    private final JdbcClient jdbc;
    private final Listings listings;

    FormationRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    /** The global formations and the club's own, by name. */
    Listing<Formation> findAllVisible(String clubId, PageRequest page) {
        return listings.query("""
                SELECT id, name, description, user_id, created_at FROM formations
                 WHERE user_id IS NULL OR user_id = :club""", "name, (user_id IS NULL), id")
                .param("club", clubId).page(page, Rows.of(Formation.class));
    }

    Optional<Formation> findById(String id) {
        return jdbc.sql("SELECT id, name, description, user_id, created_at FROM formations WHERE id = :id")
                .param("id", id).query(Rows.of(Formation.class)).optional();
    }

    void insert(String id, String clubId, String name, @Nullable String description) {
        jdbc.sql("INSERT INTO formations (id, name, description, user_id) VALUES (:id, :name, :description, :club)")
                .param("id", id).param("name", name).param("description", description).param("club", clubId)
                .update();
    }

    int update(String id, @Nullable String name, @Nullable String description) {
        return jdbc.sql("""
                UPDATE formations SET name = COALESCE(:name, name), description = COALESCE(:description, description)
                 WHERE id = :id
                """).param("id", id).param("name", name).param("description", description).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM formations WHERE id = :id").param("id", id).update();
    }
}
