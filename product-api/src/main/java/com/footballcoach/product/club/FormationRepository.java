package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.Rows;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FormationRepository {

    private final JdbcClient jdbc;

    FormationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The global formations and the club's own, by name. */
    List<Formation> findAllVisible(String clubId, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, name, description, user_id, created_at FROM formations
                 WHERE user_id IS NULL OR user_id = :club
                 ORDER BY name, (user_id IS NULL), id
                 LIMIT :limit OFFSET :offset
                """).param("club", clubId).param("limit", limit).param("offset", offset)
                .query(Rows.of(Formation.class)).list();
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
