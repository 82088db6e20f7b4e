package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.testing.Club;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProductApiTest
class NotesAndPlanningIT {

    @LocalServerPort
    int port;

    Club club;

    @BeforeEach
    void newClub() {
        club = new Club(port);
    }

    @Test
    void keepsMatchNotesWithTheirAuthorsInTimeOrder() {
        String matchId = club.newMatch();
        String path = "/api/matches/" + matchId + "/notes";

        JsonNode first = club.coach.ok(201, club.coach.post(path, Map.of("match_id", matchId, "content",
                "Press higher", "note_type", "live_reaction", "video_timestamp", 312.5)));
        club.owner.ok(201, club.owner.post(path, Map.of("content", "Good half")));
        JsonNode notes = club.analyst.ok(200, club.analyst.get(path));

        assertThat(notes.size()).isEqualTo(2);
        assertThat(notes.get(0).get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(notes.get(0).get("author_name").asString()).isEqualTo("Staff head_coach");
        assertThat(notes.get(0).get("author_role").asString()).isEqualTo("head_coach");
        assertThat(notes.get(0).get("video_timestamp").isNumber()).isTrue();
        assertThat(notes.get(1).get("author_role").asString()).isEqualTo("account_manager");
        assertThat(notes.get(1).get("note_type").asString()).isEqualTo("tactical");
        assertThat(notes.get(1).get("video_timestamp").asDouble()).isZero();
    }

    @Test
    void letsOnlyTheAuthorDeleteANote() {
        String matchId = club.newMatch();
        String noteId = club.coach.ok(201, club.coach.post("/api/matches/" + matchId + "/notes",
                Map.of("content", "Mine"))).get("id").asString();

        assertThat(club.owner.delete("/api/notes/" + noteId).status()).isEqualTo(403);
        assertThat(new Club(port).coach.delete("/api/notes/" + noteId).status()).isEqualTo(404);
        assertThat(club.coach.delete("/api/notes/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(club.coach.delete("/api/notes/" + noteId).status()).isEqualTo(204);
        assertThat(club.coach.ok(200, club.coach.get("/api/matches/" + matchId + "/notes")).size()).isZero();
    }

    @Test
    void refusesNotesOnForeignMatchesInvalidNotesAndRolesWithoutNotes() {
        String matchId = club.newMatch();
        String path = "/api/matches/" + matchId + "/notes";

        assertThat(new Club(port).coach.get(path).status()).isEqualTo(404);
        assertThat(club.coach.post("/api/matches/" + UUID.randomUUID() + "/notes", Map.of("content", "x")).status())
                .isEqualTo(404);
        assertThat(club.coach.post(path, Map.of("content", " ")).status()).isEqualTo(422);
        assertThat(club.coach.post(path, Map.of("content", "x", "note_type", "rant")).status()).isEqualTo(422);
        assertThat(club.player.get(path).status()).isEqualTo(403);
        assertThat(club.assistant.post(path, Map.of("content", "x")).status()).isEqualTo(403);
    }

    @Test
    void acceptsNotesOnTheMatchKeyOfAnAnalysisRunOfTheClub() {
        String adHocMatch = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO analysis_runs (id, match_id, team_id, user_id, input_video_path) "
                + "VALUES (?, ?, ?, ?, 'clip.mp4')", UUID.randomUUID().toString(), adHocMatch, club.teamId(),
                club.accounts.ownerId());

        club.coach.ok(201, club.coach.post("/api/matches/" + adHocMatch + "/notes", Map.of("content", "Live")));

        assertThat(club.owner.ok(200, club.owner.get("/api/matches/" + adHocMatch + "/notes")).size()).isEqualTo(1);
        assertThat(new Club(port).coach.get("/api/matches/" + adHocMatch + "/notes").status()).isEqualTo(404);
    }

    @Test
    void plansReunionsForTheCallersTeam() {
        JsonNode reunion = club.owner.ok(201, club.owner.post("/api/reunions", Map.of("title", "Video session",
                "date", "2026-03-19T18:30:00.123456", "location", "Room 2", "icon_name", "groups")));
        club.owner.ok(201, club.owner.post("/api/reunions", Map.of("title", "Earlier", "date", "2026-03-01T09:00:00",
                "location", "Pitch")));

        assertThat(reunion.get("team_id").asString()).isEqualTo(club.teamId());
        assertThat(reunion.get("date").asString()).startsWith("2026-03-19T18:30:00.123456");
        JsonNode list = club.player.ok(200, club.player.get("/api/reunions"));
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("title").asString()).isEqualTo("Earlier");
        assertThat(list.get(0).get("icon_name").asString()).isEqualTo("groups");

        Club other = new Club(port);
        assertThat(other.owner.ok(200, other.owner.get("/api/reunions")).size()).isZero();
        String id = reunion.get("id").asString();
        assertThat(other.owner.delete("/api/reunions/" + id).status()).isEqualTo(404);
        assertThat(other.owner.post("/api/reunions", Map.of("title", "x", "date", "2026-03-19T18:30:00",
                "team_id", club.teamId())).status()).isEqualTo(422);
        assertThat(club.coach.post("/api/reunions", Map.of("title", "x", "date", "2026-03-19T18:30:00")).status())
                .isEqualTo(403);
        assertThat(club.owner.post("/api/reunions", Map.of("title", "x", "date", "soon")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/reunions", Map.of("date", "2026-03-19T18:30:00")).status()).isEqualTo(422);
        assertThat(club.owner.delete("/api/reunions/" + id).status()).isEqualTo(204);
        assertThat(club.owner.delete("/api/reunions/" + id).status()).isEqualTo(404);
    }

    @Test
    void plansTrainingSessionsForAChosenTeam() {
        String second = club.newTeam("Reserves");
        JsonNode session = club.owner.ok(201, club.owner.post("/api/training_sessions", Map.of("title", "Pressing",
                "date", "2026-03-20T10:00:00.000Z", "focus", "Defence", "team_id", second)));

        assertThat(session.get("team_id").asString()).isEqualTo(second);
        assertThat(session.get("icon_name").asString()).isEqualTo("fitness_center");
        assertThat(session.get("focus").asString()).isEqualTo("Defence");
        assertThat(club.owner.ok(200, club.owner.get("/api/training_sessions?team_id=" + second)).size()).isEqualTo(1);
        assertThat(club.owner.ok(200, club.owner.get("/api/training_sessions?team_id=" + club.teamId())).size())
                .isZero();
        assertThat(club.coach.ok(200, club.coach.get("/api/training_sessions")).size()).isZero();
        assertThat(club.owner.delete("/api/training_sessions/" + session.get("id").asString()).status())
                .isEqualTo(204);
    }
}
