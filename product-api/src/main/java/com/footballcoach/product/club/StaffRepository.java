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
class StaffRepository {

    private static final String COLUMNS = "id, team_id, user_id, name, role, permission_level, email, created_at";

    private final JdbcClient jdbc;
    private final Listings listings;

    StaffRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    Listing<Staff> findAllByTeamIn(List<String> teamIds, PageRequest page) {
        if (teamIds.isEmpty()) {
            return Listing.empty(page);
        }
        return listings.query("SELECT " + COLUMNS + " FROM staff WHERE team_id IN (:teams)", "created_at, id")
                .param("teams", teamIds).page(page, Rows.of(Staff.class));
    }

    Optional<Staff> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE id = :id").param("id", id).query(Rows.of(Staff.class))
                .optional();
    }

    void insert(String id, String teamId, String name, String role, String level, @Nullable String email) {
        jdbc.sql("""
                INSERT INTO staff (id, team_id, name, role, permission_level, email)
                VALUES (:id, :team, :name, :role, :level, :email)
                """).param("id", id).param("team", teamId).param("name", name).param("role", role)
                .param("level", level).param("email", email).update();
    }

    int update(String id, @Nullable String teamId, @Nullable String name, @Nullable String role,
            @Nullable String level, @Nullable String email) {
        return jdbc.sql("""
                UPDATE staff SET team_id = COALESCE(:team, team_id), name = COALESCE(:name, name),
                                 role = COALESCE(:role, role), permission_level = COALESCE(:level, permission_level),
                                 email = COALESCE(:email, email)
                 WHERE id = :id
                """).param("id", id).param("team", teamId).param("name", name).param("role", role)
                .param("level", level).param("email", email).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM staff WHERE id = :id").param("id", id).update();
    }
}
