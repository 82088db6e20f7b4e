package com.footballcoach.product.notes;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notes")
class NoteController {

    static final String TYPES = "pre_match|live_reaction|tactical";

    private final NoteService notes;

    NoteController(NoteService notes) {
        this.notes = notes;
    }

    /** A note with its author's display name and role. */
    record Note(String id, String matchId, String userId, String content, String noteType, double videoTimestamp,
            LocalDateTime createdAt, @Nullable String authorName, @Nullable String authorRole) {
    }

    /** A note as the app sends it; the match comes from the path (a match_id in the body is ignored). */
    record NoteInput(@Nullable @Size(min = 1, max = 10_000) @Pattern(regexp = "(?s).*\\S.*",
            message = "must not be blank") String content,
            @Nullable @Pattern(regexp = TYPES, message = "must be one of " + TYPES) String noteType,
            @Nullable @PositiveOrZero Double videoTimestamp) {
    }

    @Operation(summary = "Notes of a match (or of an analysis run's match key), oldest first")
    @GetMapping("/api/matches/{matchId}/notes")
    Listing<Note> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            PageRequest page) {
        return notes.list(user, matchId, page);
    }

    @Operation(summary = "Write a note (notes.write)")
    @PostMapping("/api/matches/{matchId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Note create(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            @Valid @RequestBody NoteInput body) {
        return notes.create(user, matchId, body);
    }

    @Operation(summary = "Delete one's own note (403 for another author's note)")
    @DeleteMapping("/api/notes/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String noteId) {
        notes.delete(user, noteId);
    }

    @Service
    static class NoteService {

        private final NoteRepository notes;
        private final ClubScope scope;

        NoteService(NoteRepository notes, ClubScope scope) {
            this.notes = notes;
            this.scope = scope;
        }

        @Transactional(readOnly = true)
        Listing<Note> list(CurrentUser user, String matchId, PageRequest page) {
            requireMatchKey(user, matchId);
            return notes.findAllByMatch(matchId, page);
        }

        @Transactional
        Note create(CurrentUser user, String matchId, NoteInput body) {
            requireMatchKey(user, matchId);
            if (body.content() == null) {
                throw new InvalidInput("content", "content must not be blank.");
            }
            String id = UUID.randomUUID().toString();
            notes.insert(id, matchId, user.id(), body.content(), body.noteType() == null ? "tactical" : body.noteType(),
                    body.videoTimestamp() == null ? 0 : body.videoTimestamp());
            return notes.findById(id).orElseThrow();
        }

        /** Only the author deletes a note (a rule the path table cannot express). */
        @Transactional
        void delete(CurrentUser user, String noteId) {
            Note note = notes.findById(noteId).orElseThrow(() -> new NotFound("Note"));
            if (!visible(user, note.matchId())) {
                throw new NotFound("Note");
            }
            if (!note.userId().equals(user.id())) {
                throw new Forbidden("Only the author may delete a note.");
            }
            notes.deleteById(noteId);
        }

        private void requireMatchKey(CurrentUser user, String matchId) {
            if (!visible(user, matchId)) {
                throw new NotFound("Match");
            }
        }

        /** A match key is a fixture of the caller's teams, or the match id of one of their club's analysis runs. */
        private boolean visible(CurrentUser user, String matchId) {
            return scope.canAccessMatch(user, matchId) || notes.isAnalysisRunOf(matchId, scope.teamIds(user),
                    user.clubId() == null ? user.id() : user.clubId(), user.id());
        }
    }

    @Repository
    static class NoteRepository {

        private static final String SELECT = """
                SELECT n.id, n.match_id, n.user_id, n.content, n.note_type, n.video_timestamp, n.created_at,
                       COALESCE(s.name, u.full_name, u.email) AS author_name,
                       CASE WHEN u.user_type = 'owner' THEN 'account_manager' ELSE s.role END AS author_role
                  FROM match_notes n
                  JOIN users u ON u.id = n.user_id
                  LEFT JOIN staff s ON s.user_id = u.id
                """;

        private final JdbcClient jdbc;
        private final Listings listings;

        NoteRepository(JdbcClient jdbc, Listings listings) {
            this.jdbc = jdbc;
            this.listings = listings;
        }

        Listing<Note> findAllByMatch(String matchId, PageRequest page) {
            return listings.query(SELECT + " WHERE n.match_id = :match", "n.created_at, n.id").param("match", matchId)
                    .page(page, Rows.of(Note.class));
        }

        Optional<Note> findById(String id) {
            return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id).query(Rows.of(Note.class)).optional();
        }

        boolean isAnalysisRunOf(String matchId, List<String> teamIds, String clubId, String userId) {
            return jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM analysis_runs r
                                     LEFT JOIN teams t ON t.id = r.team_id
                                    WHERE r.match_id = :match
                                      AND (r.user_id IN (:club, :me) OR t.user_id = :club
                                           OR r.team_id IN (:teams)))
                    """).param("match", matchId).param("club", clubId).param("me", userId)
                    .param("teams", teamIds.isEmpty() ? List.of("") : teamIds).query(Boolean.class).single();
        }

        void insert(String id, String matchId, String userId, String content, String type, double timestamp) {
            jdbc.sql("""
                    INSERT INTO match_notes (id, match_id, user_id, content, note_type, video_timestamp)
                    VALUES (:id, :match, :user, :content, :type, :timestamp)
                    """).param("id", id).param("match", matchId).param("user", userId).param("content", content)
                    .param("type", type).param("timestamp", timestamp).update();
        }

        int deleteById(String id) {
            return jdbc.sql("DELETE FROM match_notes WHERE id = :id").param("id", id).update();
        }
    }
}
