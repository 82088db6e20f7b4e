package com.footballcoach.platform.identity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code users} (with the staff position joined in). */
@Repository
public class UserRepository {

    private static final String SELECT_ACCOUNT = """
            SELECT u.id, u.email, u.password_hash, u.full_name, u.user_type, u.is_active, u.created_at,
                   u.last_login, s.id AS staff_id, s.team_id, s.role AS staff_role, s.permission_level,
                   CASE WHEN u.user_type = 'owner' THEN u.id ELSE t.user_id END AS club_id
              FROM users u
              LEFT JOIN staff s ON s.user_id = u.id
              LEFT JOIN teams t ON t.id = s.team_id
            """;

    private static final RowMapper<UserAccount> ACCOUNT = (rs, n) -> new UserAccount(
            rs.getString("id"), rs.getString("email"), rs.getString("password_hash"), rs.getString("full_name"),
            rs.getString("user_type"), rs.getBoolean("is_active"),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("last_login", LocalDateTime.class),
            rs.getString("staff_id"), rs.getString("team_id"), rs.getString("staff_role"),
            rs.getString("permission_level"), rs.getString("club_id"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.email = :email").param("email", email).query(ACCOUNT).optional();
    }

    public Optional<UserAccount> findById(String id) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.id = :id").param("id", id).query(ACCOUNT).optional();
    }

    /** Users of one club: the owner and every staff account of the club's teams. */
    public List<UserAccount> findAllByClub(String clubId) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.id = :club OR t.user_id = :club ORDER BY u.created_at, u.email")
                .param("club", clubId).query(ACCOUNT).list();
    }

    public boolean existsAny() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users)").query(Boolean.class).single();
    }

    public int insert(String id, String email, String passwordHash, @Nullable String fullName, String userType) {
        return jdbc.sql("""
                INSERT INTO users (id, email, password_hash, full_name, user_type, is_active)
                VALUES (:id, :email, :hash, :name, :type, TRUE)
                """).param("id", id).param("email", email).param("hash", passwordHash).param("name", fullName)
                .param("type", userType).update();
    }

    /** Inserts the first owner only while the installation has no user at all (atomic). */
    public int insertFirstOwner(String id, String email, String passwordHash, @Nullable String fullName) {
        return jdbc.sql("""
                INSERT INTO users (id, email, password_hash, full_name, user_type, is_active)
                SELECT :id, :email, :hash, :name, 'owner', TRUE FROM DUAL
                 WHERE NOT EXISTS (SELECT 1 FROM users)
                """).param("id", id).param("email", email).param("hash", passwordHash).param("name", fullName)
                .update();
    }

    public int update(String id, String email, @Nullable String fullName, boolean active) {
        return jdbc.sql("UPDATE users SET email = :email, full_name = :name, is_active = :active WHERE id = :id")
                .param("id", id).param("email", email).param("name", fullName).param("active", active).update();
    }

    public int updatePassword(String id, String passwordHash) {
        return jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    public int recordLogin(String id, LocalDateTime at) {
        return jdbc.sql("UPDATE users SET last_login = :at WHERE id = :id").param("id", id).param("at", at).update();
    }

    public int deleteById(String id) {
        return jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
    }
}
