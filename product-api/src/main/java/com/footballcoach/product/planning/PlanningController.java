package com.footballcoach.product.planning;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reunions} and {@code /api/training_sessions}: the same shape (title, date, a detail
 * text, an icon), one table each, scoped to a team ({@code team_id} in the body, by default the
 * caller's first team) rather than global as in the earlier version.
 */
@RestController
@Tag(name = "Planning")
class PlanningController {

    private final PlanningService planning;

    PlanningController(PlanningService planning) {
        this.planning = planning;
    }

    /** A team meeting. */
    record Reunion(String id, String teamId, String title, LocalDateTime date, String location, String iconName,
            @Nullable String createdBy, LocalDateTime createdAt) {
    }

    /** A training session. */
    record TrainingSession(String id, String teamId, String title, LocalDateTime date, String focus,
            String iconName, @Nullable String createdBy, LocalDateTime createdAt) {
    }

    record ReunionInput(@Nullable String teamId, @NotBlank @Size(max = 200) String title,
            @NotNull LocalDateTime date, @Nullable @Size(max = 200) String location,
            @Nullable @Size(max = 50) String iconName) {
    }

    record TrainingSessionInput(@Nullable String teamId, @NotBlank @Size(max = 200) String title,
            @NotNull LocalDateTime date, @Nullable @Size(max = 200) String focus,
            @Nullable @Size(max = 50) String iconName) {
    }

    @Operation(summary = "Meetings of the caller's teams (optionally one team), by date")
    @GetMapping("/api/reunions")
    Listing<Reunion> reunions(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "team_id", required = false) @Nullable String teamId, PageRequest page) {
        return planning.list(user, Kind.REUNION, teamId, page)
                .map(r -> new Reunion(r.id(), r.teamId(), r.title(), r.date(), r.detail(), r.iconName(),
                        r.createdBy(), r.createdAt()));
    }

    @Operation(summary = "Plan a meeting (account manager)")
    @PostMapping("/api/reunions")
    @ResponseStatus(HttpStatus.CREATED)
    Reunion createReunion(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ReunionInput body) {
        Row r = planning.create(user, Kind.REUNION, body.teamId(), body.title(), body.date(), body.location(),
                body.iconName());
        return new Reunion(r.id(), r.teamId(), r.title(), r.date(), r.detail(), r.iconName(), r.createdBy(),
                r.createdAt());
    }

    @Operation(summary = "Cancel a meeting")
    @DeleteMapping("/api/reunions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteReunion(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        planning.delete(user, Kind.REUNION, id);
    }

    @Operation(summary = "Training sessions of the caller's teams (optionally one team), by date")
    @GetMapping("/api/training_sessions")
    Listing<TrainingSession> sessions(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "team_id", required = false) @Nullable String teamId, PageRequest page) {
        return planning.list(user, Kind.TRAINING, teamId, page)
                .map(r -> new TrainingSession(r.id(), r.teamId(), r.title(), r.date(), r.detail(), r.iconName(),
                        r.createdBy(), r.createdAt()));
    }

    @Operation(summary = "Plan a training session (account manager)")
    @PostMapping("/api/training_sessions")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingSession createSession(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody TrainingSessionInput body) {
        Row r = planning.create(user, Kind.TRAINING, body.teamId(), body.title(), body.date(), body.focus(),
                body.iconName());
        return new TrainingSession(r.id(), r.teamId(), r.title(), r.date(), r.detail(), r.iconName(), r.createdBy(),
                r.createdAt());
    }

    @Operation(summary = "Cancel a training session")
    @DeleteMapping("/api/training_sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSession(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        planning.delete(user, Kind.TRAINING, id);
    }

    /** The two tables: their name, detail column, default icon and what a missing row is called. */
    enum Kind {
        REUNION("reunions", "location", "groups", "Reunion"),
        TRAINING("training_sessions", "focus", "fitness_center", "Training session");

        final String table;
        final String detailColumn;
        final String defaultIcon;
        final String label;

        Kind(String table, String detailColumn, String defaultIcon, String label) {
            this.table = table;
            this.detailColumn = detailColumn;
            this.defaultIcon = defaultIcon;
            this.label = label;
        }
    }

    /** A row of either table. */
    record Row(String id, String teamId, String title, LocalDateTime date, String detail, String iconName,
            @Nullable String createdBy, LocalDateTime createdAt) {
    }

    @Service
    static class PlanningService {

        private final PlanningRepository rows;
        private final ClubScope scope;

        PlanningService(PlanningRepository rows, ClubScope scope) {
            this.rows = rows;
            this.scope = scope;
        }

        @Transactional(readOnly = true)
        Listing<Row> list(CurrentUser user, Kind kind, @Nullable String teamId, PageRequest page) {
            List<String> teams = scope.teamIds(user);
            if (teamId != null) {
                teams = teams.contains(teamId) ? List.of(teamId) : List.of();
            }
            return rows.findAllByTeamIn(kind, teams, page);
        }

        @Transactional
        Row create(CurrentUser user, Kind kind, @Nullable String teamId, String title, LocalDateTime date,
                @Nullable String detail, @Nullable String icon) {
            String team = scope.teamReference(user, teamId);
            String id = UUID.randomUUID().toString();
            rows.insert(kind, id, team, title.trim(), date, detail == null ? "" : detail,
                    icon == null || icon.isBlank() ? kind.defaultIcon : icon, user.id());
            return rows.findById(kind, id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, Kind kind, String id) {
            Row row = rows.findById(kind, id).orElseThrow(() -> new NotFound(kind.label));
            if (!scope.canAccessTeam(user, row.teamId())) {
                throw new NotFound(kind.label);
            }
            rows.deleteById(kind, id);
        }
    }

    /** The SQL of both tables; table and column names come from {@link Kind}, never from input. */
    @Repository
    static class PlanningRepository {

        private final JdbcClient jdbc;
        private final Listings listings;

        PlanningRepository(JdbcClient jdbc, Listings listings) {
            this.jdbc = jdbc;
            this.listings = listings;
        }

        private static String select(Kind kind) {
            return "SELECT id, team_id, title, date, " + kind.detailColumn + " AS detail, icon_name, created_by, "
                    + "created_at FROM " + kind.table;
        }

        Listing<Row> findAllByTeamIn(Kind kind, List<String> teamIds, PageRequest page) {
            if (teamIds.isEmpty()) {
                return Listing.empty(page);
            }
            return listings.query(select(kind) + " WHERE team_id IN (:teams)", "date, id").param("teams", teamIds)
                    .page(page, Rows.of(Row.class));
        }

        java.util.Optional<Row> findById(Kind kind, String id) {
            return jdbc.sql(select(kind) + " WHERE id = :id").param("id", id).query(Rows.of(Row.class)).optional();
        }

        void insert(Kind kind, String id, String teamId, String title, LocalDateTime date, String detail, String icon,
                String userId) {
            jdbc.sql("INSERT INTO " + kind.table + " (id, team_id, title, date, " + kind.detailColumn
                    + ", icon_name, created_by) VALUES (:id, :team, :title, :date, :detail, :icon, :user)")
                    .param("id", id).param("team", teamId).param("title", title).param("date", date)
                    .param("detail", detail).param("icon", icon).param("user", userId).update();
        }

        int deleteById(Kind kind, String id) {
            return jdbc.sql("DELETE FROM " + kind.table + " WHERE id = :id").param("id", id).update();
        }
    }
}
