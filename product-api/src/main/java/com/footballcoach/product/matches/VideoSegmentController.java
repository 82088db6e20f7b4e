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
import jakarta.validation.constraints.PositiveOrZero;
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

@RestController
@RequestMapping("/api/video_segments")
@Tag(name = "Video segments")
class VideoSegmentController {

    private final SegmentService segments;

    VideoSegmentController(SegmentService segments) {
        this.segments = segments;
    }

    /** A marked stretch of a match video. */
    record VideoSegment(String id, String matchId, String title, @Nullable String segmentType, double startSeconds,
            double endSeconds, @Nullable String videoPath, @Nullable String description, @Nullable JsonNode tags,
            @Nullable String createdBy, LocalDateTime createdAt) {
    }

    /** A segment; match_id cannot change on update; end_seconds ≥ start_seconds. */
    record SegmentInput(@Nullable String matchId, @Nullable @Size(min = 1, max = 200) String title,
            @Nullable @Size(max = 50) String segmentType, @Nullable @PositiveOrZero Double startSeconds,
            @Nullable @PositiveOrZero Double endSeconds, @Nullable @Size(max = 1024) String videoPath,
            @Nullable @Size(max = 10_000) String description, @Nullable JsonNode tags) {
    }

    @Operation(summary = "Segments of a match (match_id) or of every match of the caller, by start")
    @GetMapping
    Listing<VideoSegment> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId, PageRequest page) {
        return segments.list(user, matchId, page);
    }

    @Operation(summary = "One segment")
    @GetMapping("/{id}")
    VideoSegment get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return segments.visible(user, id);
    }

    @Operation(summary = "Mark a segment (football.write)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VideoSegment create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody SegmentInput body) {
        return segments.create(user, body);
    }

    @Operation(summary = "Change a segment; absent or null fields keep their value")
    @PutMapping("/{id}")
    VideoSegment update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody SegmentInput body) {
        return segments.update(user, id, body);
    }

    @Operation(summary = "Delete a segment")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        segments.delete(user, id);
    }

    @Service
    static class SegmentService {

        private final SegmentRepository segments;
        private final MatchAccess access;

        SegmentService(SegmentRepository segments, MatchAccess access) {
            this.segments = segments;
            this.access = access;
        }

        @Transactional(readOnly = true)
        Listing<VideoSegment> list(CurrentUser user, @Nullable String matchId, PageRequest page) {
            return segments.findAll(access.teamIdsForList(user, matchId), matchId, page);
        }

        @Transactional(readOnly = true)
        VideoSegment visible(CurrentUser user, String id) {
            return access.requireRowOfMatch(user, segments.findById(id), VideoSegment::matchId, "Video segment");
        }

        @Transactional
        VideoSegment create(CurrentUser user, SegmentInput body) {
            access.requireMatchReference(user, body.matchId());
            if (body.title() == null) {
                throw new InvalidInput("title", "title must not be blank.");
            }
            if (body.startSeconds() == null || body.endSeconds() == null) {
                throw new InvalidInput(body.startSeconds() == null ? "start_seconds" : "end_seconds",
                        "start_seconds and end_seconds are required.");
            }
            checkRange(body.startSeconds(), body.endSeconds());
            String id = UUID.randomUUID().toString();
            segments.insert(id, user.id(), body);
            return segments.findById(id).orElseThrow();
        }

        @Transactional
        VideoSegment update(CurrentUser user, String id, SegmentInput body) {
            VideoSegment segment = visible(user, id);
            checkRange(body.startSeconds() == null ? segment.startSeconds() : body.startSeconds(),
                    body.endSeconds() == null ? segment.endSeconds() : body.endSeconds());
            segments.update(id, body);
            return segments.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            visible(user, id);
            segments.deleteById(id);
        }

        private static void checkRange(double start, double end) {
            if (end < start) {
                throw new InvalidInput("end_seconds", "end_seconds must not be before start_seconds.");
            }
        }
    }

    @Repository
    static class SegmentRepository {

        private static final String SELECT = """
                SELECT x.id, x.match_id, x.title, x.segment_type, x.start_seconds, x.end_seconds, x.video_path,
                       x.description, x.tags, x.created_by, x.created_at FROM video_segments x
                """;

        private final JdbcClient jdbc;
        private final JsonColumns json;
        private final Listings listings;

        SegmentRepository(JdbcClient jdbc, JsonColumns json, Listings listings) {
            this.jdbc = jdbc;
            this.json = json;
            this.listings = listings;
        }

        Listing<VideoSegment> findAll(List<String> teamIds, @Nullable String matchId, PageRequest page) {
            if (teamIds.isEmpty()) {
                return Listing.empty(page);
            }
            return listings.query(SELECT + """
                      JOIN matches m ON m.id = x.match_id
                     WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                       AND (:match IS NULL OR x.match_id = :match)""", "m.date_time DESC, m.id, x.start_seconds, x.id")
                    .param("teams", teamIds).param("match", matchId).page(page, this::row);
        }

        Optional<VideoSegment> findById(String id) {
            return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(this::row).optional();
        }

        void insert(String id, String userId, SegmentInput v) {
            jdbc.sql("""
                    INSERT INTO video_segments (id, match_id, title, segment_type, start_seconds, end_seconds,
                                                video_path, description, tags, created_by)
                    VALUES (:id, :match, :title, :type, :start, :end, :path, :description, :tags, :user)
                    """).param("id", id).param("match", v.matchId()).param("title", v.title())
                    .param("type", v.segmentType()).param("start", v.startSeconds()).param("end", v.endSeconds())
                    .param("path", v.videoPath()).param("description", v.description())
                    .param("tags", json.write(v.tags())).param("user", userId).update();
        }

        int update(String id, SegmentInput v) {
            return jdbc.sql("""
                    UPDATE video_segments SET title = COALESCE(:title, title),
                           segment_type = COALESCE(:type, segment_type), start_seconds = COALESCE(:start, start_seconds),
                           end_seconds = COALESCE(:end, end_seconds), video_path = COALESCE(:path, video_path),
                           description = COALESCE(:description, description), tags = COALESCE(:tags, tags)
                     WHERE id = :id
                    """).param("id", id).param("title", v.title()).param("type", v.segmentType())
                    .param("start", v.startSeconds()).param("end", v.endSeconds()).param("path", v.videoPath())
                    .param("description", v.description()).param("tags", json.write(v.tags())).update();
        }

        int deleteById(String id) {
            return jdbc.sql("DELETE FROM video_segments WHERE id = :id").param("id", id).update();
        }

        private VideoSegment row(ResultSet rs, int n) throws SQLException {
            return new VideoSegment(rs.getString("id"), rs.getString("match_id"), rs.getString("title"),
                    rs.getString("segment_type"), rs.getDouble("start_seconds"), rs.getDouble("end_seconds"),
                    rs.getString("video_path"), rs.getString("description"), json.read(rs.getString("tags")),
                    rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class));
        }
    }
}
