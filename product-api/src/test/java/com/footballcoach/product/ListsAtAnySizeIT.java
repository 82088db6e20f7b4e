package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.testing.Club;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists are whole without {@code limit}/{@code offset}, at the sizes a real club reaches (the app
 * never pages), and paged with {@code X-Total-Count} and RFC 8288 {@code Link} headers when asked.
 * One club holds 250 players, 150 matches, a 120-match career and 100,000 match events (20 matches
 * of 5,000), written straight into the database.
 */
@ProductApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsAtAnySizeIT {

    private static final int PLAYERS = 250;
    private static final int MATCHES = 150;
    private static final int CAREER = 120;
    private static final int EVENT_MATCHES = 20;
    private static final int EVENTS_PER_MATCH = 5_000;
    private static final long MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Club club;
    String opponent;
    List<String> matchIds;
    String careerPlayer;

    @BeforeAll
    void aClubOfLeagueSize() {
        club = new Club(port);
        opponent = club.newTeam("Opponent");
        List<String> players = ids(PLAYERS);
        insert("INSERT INTO players (id, team_id, name, jersey_number) VALUES ", PLAYERS,
                i -> "('" + players.get(i) + "', '" + club.teamId() + "', 'Player " + String.format("%03d", i)
                        + "', NULL)");
        careerPlayer = players.get(0);
        matchIds = ids(MATCHES);
        LocalDateTime first = LocalDateTime.of(2023, 8, 1, 15, 0);
        insert("INSERT INTO matches (id, home_team_id, away_team_id, date_time, status) VALUES ", MATCHES,
                i -> "('" + matchIds.get(i) + "', '" + club.teamId() + "', '" + opponent + "', '"
                        + first.plusDays(3L * i) + "', 'completed')");
        insert("INSERT INTO player_match_statistics (id, match_id, player_id, minutes_played) VALUES ", CAREER,
                i -> "('" + UUID.randomUUID() + "', '" + matchIds.get(i) + "', '" + careerPlayer + "', 90)");
        for (int m = 0; m < EVENT_MATCHES; m++) {
            String match = matchIds.get(m);
            insert("INSERT INTO match_events (id, match_id, team_id, event_type, minute) VALUES ", EVENTS_PER_MATCH,
                    i -> "('" + UUID.randomUUID() + "', '" + match + "', '" + club.teamId() + "', 'pass', "
                            + (i % 91) + ")");
        }
    }

    @AfterAll
    void removeTheClubsRows() {
        jdbc.sql("DELETE FROM matches WHERE home_team_id = :team").param("team", club.teamId()).update();
        jdbc.sql("DELETE FROM players WHERE team_id = :team").param("team", club.teamId()).update();
    }

    @Test
    void listsEveryPlayerOfTheClubWithoutALimit() {
        HttpApi.Response all = club.coach.get("/api/players");

        assertThat(all.json().size()).isEqualTo(PLAYERS);
        assertThat(all.header("X-Total-Count")).as("a whole list is not a page").isNull();
        assertThat(all.header("Link")).isNull();
        assertThat(all.json().get(PLAYERS - 1).get("name").asString()).isEqualTo("Player 249");
    }

    @Test
    void pagesThePlayersWithTheirTotalAndLinksToTheNextAndPreviousPage() {
        HttpApi.Response middle = club.coach.get("/api/players?limit=100&offset=100");

        assertThat(middle.json().size()).isEqualTo(100);
        assertThat(middle.json().get(0).get("name").asString()).isEqualTo("Player 100");
        assertThat(middle.header("X-Total-Count")).isEqualTo("250");
        Map<String, String> links = links(middle.header("Link"));
        assertThat(links).containsOnlyKeys("next", "prev");
        assertThat(URI.create(links.get("next")).getQuery()).isEqualTo("limit=100&offset=200");
        assertThat(URI.create(links.get("prev")).getQuery()).isEqualTo("limit=100&offset=0");

        HttpApi.Response last = club.coach.get(URI.create(links.get("next")).getRawPath() + "?"
                + URI.create(links.get("next")).getRawQuery());
        assertThat(last.json().size()).isEqualTo(50);
        assertThat(links(last.header("Link"))).containsOnlyKeys("prev");

        HttpApi.Response first = club.coach.get("/api/players?limit=100");
        assertThat(links(first.header("Link"))).containsOnlyKeys("next");

        List<String> paged = new ArrayList<>();
        for (HttpApi.Response page : List.of(first, middle, last)) {
            page.json().forEach(p -> paged.add(p.get("id").asString()));
        }
        List<String> whole = new ArrayList<>();
        club.coach.get("/api/players").json().forEach(p -> whole.add(p.get("id").asString()));
        assertThat(paged).as("the pages, in order, are the whole list").isEqualTo(whole);
    }

    @Test
    void listsThreeSeasonsOfMatchesNewestFirst() {
        JsonNode matches = club.coach.ok(200, club.coach.get("/api/matches"));

        assertThat(matches.size()).isEqualTo(MATCHES);
        assertThat(matches.get(0).get("id").asString()).isEqualTo(matchIds.get(MATCHES - 1));
        HttpApi.Response page = club.coach.get("/api/matches?offset=140");
        assertThat(page.json().size()).as("an offset alone runs to the end").isEqualTo(10);
        assertThat(page.header("X-Total-Count")).isEqualTo("150");
        assertThat(URI.create(links(page.header("Link")).get("prev")).getQuery()).isEqualTo("limit=140&offset=0");
    }

    @Test
    void listsAWholeCareerOfMatchStatisticsSoTheSeasonAveragesAreRight() {
        JsonNode career = club.coach.ok(200,
                club.coach.get("/api/player_match_statistics/player/" + careerPlayer));

        assertThat(career.size()).isEqualTo(CAREER);
        int minutes = 0;
        for (JsonNode row : career) {
            minutes += row.get("minutes_played").asInt();
        }
        assertThat(minutes).isEqualTo(CAREER * 90);
        HttpApi.Response page = club.coach.get("/api/player_match_statistics/player/" + careerPlayer
                + "?limit=50&offset=100");
        assertThat(page.json().size()).isEqualTo(20);
        assertThat(page.header("X-Total-Count")).isEqualTo("120");
    }

    @Test
    void listsEveryEventOfOneMatchAndPagesThem() {
        String match = matchIds.get(0);

        JsonNode events = club.analyst.ok(200, club.analyst.get("/api/match_events?match_id=" + match));
        assertThat(events.size()).isEqualTo(EVENTS_PER_MATCH);
        assertThat(events.get(0).get("minute").asInt()).isZero();
        assertThat(events.get(EVENTS_PER_MATCH - 1).get("minute").asInt()).isEqualTo(90);

        HttpApi.Response page = club.analyst.get("/api/match_events?match_id=" + match + "&limit=1000&offset=4500");
        assertThat(page.json().size()).isEqualTo(500);
        assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(EVENTS_PER_MATCH));
        assertThat(page.json().get(0).get("id").asString()).isEqualTo(events.get(4500).get("id").asString());
    }

    @Test
    void streamsAHundredThousandEventsOfTheClubWithFlatHeap() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/match_events"))
                .header("Authorization", "Bearer " + club.analyst.token()).build();
        long before = usedHeapAfterGc();

        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long events = 0;
        long during = 0;
        try (InputStream body = response.body();
                JsonParser parser = JsonMapper.builder().build().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT && ++events == 10_000) {
                    // the server is mid-list here: what it holds for the answer is on the heap now
                    during = usedHeapAfterGc();
                }
            }
        }

        assertThat(events).isEqualTo((long) EVENT_MATCHES * EVENTS_PER_MATCH);
        System.out.printf("heap growth while 100,000 events stream: %.1f MiB%n", (during - before) / (double) MIB);
        // the target is 64 MiB; the 100,000 rows held as a list would be about 42 MiB, so the bound that
        // tells streaming from holding them all is tighter
        assertThat((during - before) / MIB).as("heap growth in MiB while the list streams").isLessThan(16);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The targets of an RFC 8288 Link header by relation type. */
    private static Map<String, String> links(String header) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        if (header == null) {
            return links;
        }
        Matcher m = Pattern.compile("<([^>]*)>;\\s*rel=\"([^\"]+)\"").matcher(header);
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    /** A multi-row insert, 1,000 rows per statement. */
    private void insert(String head, int rows, IntFunction<String> row) {
        for (int from = 0; from < rows; from += 1_000) {
            StringBuilder sql = new StringBuilder(head);
            for (int i = from; i < Math.min(rows, from + 1_000); i++) {
                sql.append(i == from ? "" : ",").append(row.apply(i));
            }
            jdbc.sql(sql.toString()).update();
        }
    }
}
