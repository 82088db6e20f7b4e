package com.footballcoach.product.accounts;

import com.footballcoach.platform.jdbc.Rows;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL identity needs of {@code staff} and {@code teams}: linking accounts to staff positions. */
@Repository
class StaffAccountRepository {

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int insertStaff(String id, String teamId, @Nullable String userId, String name, String role,
            String permissionLevel, @Nullable String email) {
        return jdbc.sql("""
                INSERT INTO staff (id, team_id, user_id, name, role, permission_level, email)
                VALUES (:id, :team, :user, :name, :role, :level, :email)
                """).param("id", id).param("team", teamId).param("user", userId).param("name", name)
                .param("role", role).param("level", permissionLevel).param("email", email).update();
    }

    Optional<StaffView> findStaff(String id) {
        return jdbc.sql("SELECT id, name, team_id, user_id, role, permission_level, email FROM staff WHERE id = :id")
                .param("id", id).query(Rows.of(StaffView.class)).optional();
    }

    /** Whether the team belongs to the club (account manager) given. */
    boolean teamOfClub(String teamId, String clubId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM teams WHERE id = :team AND user_id = :club)")
                .param("team", teamId).param("club", clubId).query(Boolean.class).single();
    }

    boolean ownsTeams(String userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM teams WHERE user_id = :user)")
                .param("user", userId).query(Boolean.class).single();
    }

    int updateStaffEmail(String userId, String email) {
        return jdbc.sql("UPDATE staff SET email = :email WHERE user_id = :user")
                .param("email", email).param("user", userId).update();
    }

    /** A staff member as the API shows it (the app's Staff model). */
    record StaffView(String id, String name, @Nullable String teamId, @Nullable String userId, String role,
            String permissionLevel, @Nullable String email) {
    }
}
