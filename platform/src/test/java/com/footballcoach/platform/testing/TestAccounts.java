package com.footballcoach.platform.testing;

import com.footballcoach.embedded.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates clubs and accounts straight in the test database, with unique names, so tests never
 * depend on each other's rows.
 */
public final class TestAccounts {

    private static final ThreadLocal<TestDatabase> TARGET = new ThreadLocal<>();

    /** The password of every test account (bcrypt cost 4 keeps the suite fast). */
    public static final String PASSWORD = "Test-Password-2026";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestAccounts() {
    }

    /** Runs the block with every helper of this class writing to the given database instead of the shared one. */
    public static <T> T in(TestDatabase database, java.util.function.Supplier<T> block) {
        TestDatabase previous = TARGET.get();
        TARGET.set(database);
        try {
            return block.get();
        } finally {
            if (previous == null) {
                TARGET.remove();
            } else {
                TARGET.set(previous);
            }
        }
    }

    private static TestDatabase target() {
        TestDatabase database = TARGET.get();
        return database == null ? TestDatabase.shared() : database;
    }

    /** A fixture (upcoming match) between the club's team and a new opponent team of the same owner. */
    public static String newMatch(Club club) {
        String opponent = UUID.randomUUID().toString();
        execute("INSERT INTO teams (id, name, user_id) VALUES (?, ?, ?)", opponent,
                "Opponent " + opponent.substring(0, 8), club.ownerId());
        String match = UUID.randomUUID().toString();
        execute("INSERT INTO matches (id, home_team_id, away_team_id, date_time, status) VALUES (?, ?, ?, NOW(), 'upcoming')",
                match, club.teamId(), opponent);
        return match;
    }

    /** A club: its owner, one team, and a staff account of every role. */
    public record Club(String ownerId, String ownerEmail, String teamId, String coachEmail, String assistantEmail,
            String analystEmail, String playerEmail, String physioEmail) {
    }

    public static Club newClub() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ownerId = insertUser("owner-" + tag + "@test.club", "owner", null);
        String teamId = UUID.randomUUID().toString();
        execute("INSERT INTO teams (id, name, user_id) VALUES (?, ?, ?)", teamId, "Team " + tag, ownerId);
        return new Club(ownerId, "owner-" + tag + "@test.club", teamId,
                staff(teamId, "coach-" + tag + "@test.club", "head_coach", "full_access"),
                staff(teamId, "assistant-" + tag + "@test.club", "assistant_coach", "view_only"),
                staff(teamId, "analyst-" + tag + "@test.club", "analyst", "notes_only"),
                staff(teamId, "player-" + tag + "@test.club", "player", "view_only"),
                staff(teamId, "physio-" + tag + "@test.club", "physio", "view_only"));
    }

    public static String insertUser(String email, String userType, @Nullable Boolean active) {
        String id = UUID.randomUUID().toString();
        execute("INSERT INTO users (id, email, password_hash, full_name, user_type, is_active) VALUES (?, ?, ?, ?, ?, ?)",
                id, email, HASH, "Test " + userType, userType, active == null || active);
        return id;
    }

    private static String staff(String teamId, String email, String role, String level) {
        String userId = insertUser(email, "staff", true);
        execute("INSERT INTO staff (id, team_id, user_id, name, role, permission_level, email) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), teamId, userId, "Staff " + role, role, level, email);
        return email;
    }

    /** The id of the account with this e-mail. */
    public static String userId(String email) {
        try (Connection c = target().connect();
                PreparedStatement s = c.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            s.setString(1, email);
            try (var rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No user " + email);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... params) {
        try (Connection c = target().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
