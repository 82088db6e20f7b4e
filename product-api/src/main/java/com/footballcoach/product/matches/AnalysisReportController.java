package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.shared.JsonColumns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Stored analysis reports of the caller's fixtures ({@code report_data} is a JSON value). */
@RestController
@RequestMapping("/api/analysis_reports")
@Tag(name = "Analysis reports")
class AnalysisReportController {

    static final String STATUSES = "PENDING|PROCESSING|COMPLETED|FAILED";

    private final ReportService reports;

    AnalysisReportController(ReportService reports) {
        this.reports = reports;
    }

    /** A report. */
    record AnalysisReport(String id, String matchId, @Nullable String analysisId, String reportType,
            @Nullable String title, String status, @Nullable JsonNode reportData, @Nullable String createdBy,
            LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /** A report; match_id and analysis_id cannot change on update. */
    record ReportInput(@Nullable String matchId, @Nullable String analysisId,
            @Nullable @Size(min = 1, max = 50) String reportType, @Nullable @Size(max = 200) String title,
            @Nullable @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @Nullable JsonNode reportData) {
    }

    @Operation(summary = "Reports of a match (match_id) or of every match of the caller, newest first")
    @GetMapping
    Listing<AnalysisReport> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId, PageRequest page) {
        return reports.list(user, matchId, page);
    }

    @Operation(summary = "One report")
    @GetMapping("/{id}")
    AnalysisReport get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return reports.visible(user, id);
    }

    @Operation(summary = "Store a report (football.write)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AnalysisReport create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ReportInput body) {
        return reports.create(user, body);
    }

    @Operation(summary = "Change a report; absent or null fields keep their value")
    @PutMapping("/{id}")
    AnalysisReport update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody ReportInput body) {
        return reports.update(user, id, body);
    }

    @Operation(summary = "Delete a report")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        reports.delete(user, id);
    }

    @Service
    static class ReportService {

        private final ReportRepository reports;
        private final MatchAccess access;
        private final JdbcClient jdbc;

        ReportService(ReportRepository reports, MatchAccess access, JdbcClient jdbc) {
            this.reports = reports;
            this.access = access;
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        Listing<AnalysisReport> list(CurrentUser user, @Nullable String matchId, PageRequest page) {
            return reports.findAll(access.teamIdsForList(user, matchId), matchId, page);
        }

        @Transactional(readOnly = true)
        AnalysisReport visible(CurrentUser user, String id) {
            return access.requireRowOfMatch(user, reports.findById(id), AnalysisReport::matchId, "Analysis report");
        }

        @Transactional
        AnalysisReport create(CurrentUser user, ReportInput body) {
            access.requireMatchReference(user, body.matchId());
            String analysisId = body.analysisId() == null || body.analysisId().isBlank() ? null : body.analysisId();
            if (analysisId != null && !jdbc.sql(
                    "SELECT EXISTS (SELECT 1 FROM analysis_runs WHERE id = :id AND match_id = :match)")
                    .param("id", analysisId).param("match", body.matchId()).query(Boolean.class).single()) {
                throw new InvalidInput("analysis_id", "analysis_id refers to no analysis of this match.");
            }
            String id = UUID.randomUUID().toString();
            reports.insert(id, user.id(), analysisId, body);
            return reports.findById(id).orElseThrow();
        }

        @Transactional
        AnalysisReport update(CurrentUser user, String id, ReportInput body) {
            visible(user, id);
            reports.update(id, body);
            return reports.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            visible(user, id);
            reports.deleteById(id);
        }
    }

    @Repository
    static class ReportRepository {

        private static final String SELECT = """
                SELECT x.id, x.match_id, x.analysis_id, x.report_type, x.title, x.status, x.report_data,
                       x.created_by, x.created_at, x.updated_at FROM analysis_reports x
                """;

        private final JdbcClient jdbc;
        private final JsonColumns json;
        private final Listings listings;

        ReportRepository(JdbcClient jdbc, JsonColumns json, Listings listings) {
            this.jdbc = jdbc;
            this.json = json;
            this.listings = listings;
        }

        Listing<AnalysisReport> findAll(List<String> teamIds, @Nullable String matchId, PageRequest page) {
            if (teamIds.isEmpty()) {
                return Listing.empty(page);
            }
            return listings.query(SELECT + """
                      JOIN matches m ON m.id = x.match_id
                     WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                       AND (:match IS NULL OR x.match_id = :match)""", "x.created_at DESC, x.id")
                    .param("teams", teamIds).param("match", matchId).page(page, this::row);
        }

        Optional<AnalysisReport> findById(String id) {
            return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(this::row).optional();
        }

        void insert(String id, String userId, @Nullable String analysisId, ReportInput v) {
            jdbc.sql("""
                    INSERT INTO analysis_reports (id, match_id, analysis_id, report_type, title, status, report_data, created_by)
                    VALUES (:id, :match, :analysis, :type, :title, :status, :data, :user)
                    """).param("id", id).param("match", v.matchId()).param("analysis", analysisId)
                    .param("type", v.reportType() == null ? "analysis" : v.reportType()).param("title", v.title())
                    .param("status", v.status() == null ? "COMPLETED" : v.status())
                    .param("data", json.write(v.reportData())).param("user", userId).update();
        }

        int update(String id, ReportInput v) {
            return jdbc.sql("""
                    UPDATE analysis_reports SET report_type = COALESCE(:type, report_type),
                           title = COALESCE(:title, title), status = COALESCE(:status, status),
                           report_data = COALESCE(:data, report_data)
                     WHERE id = :id
                    """).param("id", id).param("type", v.reportType()).param("title", v.title())
                    .param("status", v.status()).param("data", json.write(v.reportData())).update();
        }

        int deleteById(String id) {
            return jdbc.sql("DELETE FROM analysis_reports WHERE id = :id").param("id", id).update();
        }

        private AnalysisReport row(ResultSet rs, int n) throws SQLException {
            return new AnalysisReport(rs.getString("id"), rs.getString("match_id"), rs.getString("analysis_id"),
                    rs.getString("report_type"), rs.getString("title"), rs.getString("status"),
                    json.read(rs.getString("report_data")), rs.getString("created_by"),
                    rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));
        }
    }
}
