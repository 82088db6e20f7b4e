package com.footballcoach.product.imports;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * An import, step by step: the form is checked, both files are read as streams into a
 * {@link ProviderMatch} (outside any transaction: a bad file costs no connection), then
 * {@link ImportWriter} writes everything in one transaction.
 */
@Service
class MatchImportService {

    static final String PROVIDER = "statsbomb";

    private final StatsBombReader reader;
    private final ImportWriter writer;
    private final ClubScope scope;

    MatchImportService(StatsBombReader reader, ImportWriter writer, ClubScope scope) {
        this.reader = reader;
        this.writer = writer;
        this.scope = scope;
    }

    /** The multipart form as sent; every field is checked here, so that a missing one is a 422 naming it. */
    record ImportForm(@Nullable MultipartFile events, @Nullable MultipartFile lineups, @Nullable String teamId,
            @Nullable String providerTeamId, @Nullable String home, @Nullable String dateTime,
            @Nullable String providerMatchId) {
    }

    /** What the writer needs from the form, checked. */
    record ImportRequest(String teamId, int providerTeamId, boolean home, LocalDateTime dateTime) {
    }

    /** The imported match, and whether this import created it (201) or updated an earlier import (200). */
    record Outcome(ImportedMatch match, boolean created) {
    }

    Outcome importMatch(CurrentUser user, ImportForm form) {
        MultipartFile events = requireFile(form.events(), "events");
        MultipartFile lineups = requireFile(form.lineups(), "lineups");
        String teamId = required(form.teamId(), "team_id");
        if (!scope.canAccessTeam(user, teamId)) {
            throw new InvalidInput("team_id", "team_id refers to no team of yours.");
        }
        int providerTeamId;
        try {
            providerTeamId = Integer.parseInt(required(form.providerTeamId(), "provider_team_id").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("provider_team_id", "provider_team_id must be the provider's team id (a number).");
        }
        String home = required(form.home(), "home").trim();
        if (!home.equals("true") && !home.equals("false")) {
            throw new InvalidInput("home", "home must be true or false.");
        }
        LocalDateTime dateTime = dateTime(required(form.dateTime(), "date_time").trim());
        String providerMatchId = form.providerMatchId() == null || form.providerMatchId().isBlank() ? null
                : form.providerMatchId().trim();
        if (providerMatchId != null && (providerMatchId.length() > 64 || !providerMatchId.matches("[A-Za-z0-9._:-]+"))) {
            throw new InvalidInput("provider_match_id",
                    "provider_match_id must be 1 to 64 letters, digits or . _ : -");
        }

        ProviderMatch match = new ProviderMatch();
        reader.readLineups(open(lineups), match);
        reader.readEvents(open(events), match);
        if (match.eventCount == 0) {
            throw new InvalidInput("events", "events holds no event.");
        }
        if (!match.teams.containsKey(providerTeamId) || match.teams.size() != 2) {
            throw new InvalidInput("provider_team_id", "provider_team_id " + providerTeamId
                    + " is not one of the two teams of the files (" + match.teams + ").");
        }
        String key = providerMatchId != null ? providerMatchId : match.derivedMatchId();
        return writer.write(user, new ImportRequest(teamId, providerTeamId, home.equals("true"), dateTime), match,
                key);
    }

    private static MultipartFile requireFile(@Nullable MultipartFile file, String field) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput(field, field + " must be a non-empty file part.");
        }
        return file;
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " must not be blank.");
        }
        return value;
    }

    private static LocalDateTime dateTime(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException again) {
                throw new InvalidInput("date_time", "date_time must be an ISO date and time, e.g. 2026-03-19T18:30:00.");
            }
        }
    }

    private static InputStream open(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
