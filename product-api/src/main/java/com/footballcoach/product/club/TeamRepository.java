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
class TeamRepository {

    private static final String COLUMNS = "id, name, user_id, primary_color, secondary_color, logo_url, created_at";

    private final JdbcClient jdbc;
    private final Listings listings;

    TeamRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    /** The teams with these ids, the caller's own first, then oldest first. */
    Listing<Team> findAllByIdIn(List<String> ids, String me, PageRequest page) {
        if (ids.isEmpty()) {
            return Listing.empty(page);
        }
        return listings.query("SELECT " + COLUMNS + " FROM teams WHERE id IN (:ids)", "(user_id = :me) DESC, created_at, id")
                .param("ids", ids).param("me", me).page(page, Rows.of(Team.class));
    }

    Optional<Team> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM teams WHERE id = :id").param("id", id).query(Rows.of(Team.class))
                .optional();
    }

    Optional<Team> findByNameAmong(String name, List<String> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM teams WHERE name = :name AND id IN (:ids) ORDER BY created_at, id LIMIT 1")
                .param("name", name).param("ids", ids).query(Rows.of(Team.class)).optional();
    }

    void insert(String id, String userId, String name, @Nullable String primary, @Nullable String secondary,
            @Nullable String logoUrl) {
        jdbc.sql("""
                INSERT INTO teams (id, name, user_id, primary_color, secondary_color, logo_url)
                VALUES (:id, :name, :user, :primary, :secondary, :logo)
                """).param("id", id).param("name", name).param("user", userId).param("primary", primary)
                .param("secondary", secondary).param("logo", logoUrl).update();
    }

    /** Sets the given values; a null keeps the stored one. */
    int update(String id, @Nullable String name, @Nullable String primary, @Nullable String secondary,
            @Nullable String logoUrl) {
        return jdbc.sql("""
                UPDATE teams SET name = COALESCE(:name, name),
                                 primary_color = COALESCE(:primary, primary_color),
                                 secondary_color = COALESCE(:secondary, secondary_color),
                                 logo_url = COALESCE(:logo, logo_url)
                 WHERE id = :id
                """).param("id", id).param("name", name).param("primary", primary).param("secondary", secondary)
                .param("logo", logoUrl).update();
    }

    int updateLogo(String id, String logoUrl) {
        return jdbc.sql("UPDATE teams SET logo_url = :logo WHERE id = :id").param("id", id).param("logo", logoUrl)
                .update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM teams WHERE id = :id").param("id", id).update();
    }
}
