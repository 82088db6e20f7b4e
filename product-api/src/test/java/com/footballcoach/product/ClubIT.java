package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.testing.Club;
import com.footballcoach.product.testing.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProductApiTest
class ClubIT {

    private static final byte[] PNG = TestImages.png();

    @LocalServerPort
    int port;

    Club club;

    @BeforeEach
    void newClub() {
        club = new Club(port);
    }

    @Test
    void createsReadsUpdatesAndDeletesATeam() {
        JsonNode created = club.owner.ok(201, club.owner.post("/api/teams",
                "{\"name\":\"Rivals\",\"primary_color\":null,\"secondary_color\":null,\"logo_url\":null,\"extra\":1}"));
        String id = created.get("id").asString();
        assertThat(created.get("primary_color").isNull()).isTrue();
        assertThat(created.get("user_id").asString()).isEqualTo(club.accounts.ownerId());

        // the app's PUT: id and user_id null are ignored, absent fields keep their value
        JsonNode updated = club.owner.ok(200, club.owner.put("/api/teams/" + id,
                "{\"id\":\"" + id + "\",\"name\":\"Rivals FC\",\"user_id\":null,\"primary_color\":\"#112233\"}"));
        assertThat(updated.get("name").asString()).isEqualTo("Rivals FC");
        assertThat(updated.get("primary_color").asString()).isEqualTo("#112233");
        assertThat(club.owner.ok(200, club.owner.get("/api/teams/" + id)).get("name").asString()).isEqualTo("Rivals FC");

        assertThat(club.owner.delete("/api/teams/" + id).status()).isEqualTo(204);
        assertThat(club.owner.get("/api/teams/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsOwnTeamsOldestFirstSoTheAppTakesTheFirstAsItsTeam() {
        club.newTeam("Second");
        club.newTeam("Third");

        JsonNode teams = club.owner.ok(200, club.owner.get("/api/teams"));

        assertThat(teams.size()).isEqualTo(3);
        assertThat(teams.get(0).get("id").asString()).isEqualTo(club.teamId());
        assertThat(teams.get(2).get("name").asString()).isEqualTo("Third");
        assertThat(club.owner.ok(200, club.owner.get("/api/teams?limit=1&offset=1")).get(0).get("name").asString())
                .isEqualTo("Second");
        // staff see their own team only
        JsonNode coachTeams = club.coach.ok(200, club.coach.get("/api/teams"));
        assertThat(coachTeams.size()).isEqualTo(1);
        assertThat(coachTeams.get(0).get("id").asString()).isEqualTo(club.teamId());
    }

    @Test
    void findsATeamByNameOnlyAmongTheCallersTeams() {
        String name = "By Name " + UUID.randomUUID().toString().substring(0, 6);
        club.newTeam(name);
        Club other = new Club(port);

        assertThat(club.owner.ok(200, club.owner.get("/api/teams/by_name/" + name.replace(" ", "%20")))
                .get("name").asString()).isEqualTo(name);
        assertThat(other.owner.get("/api/teams/by_name/" + name.replace(" ", "%20")).status()).isEqualTo(404);
    }

    @Test
    void refusesInvalidTeamsAndForeignOrUnknownIds() {
        HttpApi.Response badColour = club.owner.post("/api/teams", Map.of("name", "X", "primary_color", "red"));
        assertThat(badColour.status()).isEqualTo(422);
        assertThat(badColour.json().get("errors").get(0).get("field").asString()).isEqualTo("primary_color");
        assertThat(club.owner.post("/api/teams", Map.of("name", " ")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/teams", "{\"name\": ").status()).isEqualTo(400);
        assertThat(club.owner.post("/api/teams", "{\"name\": {\"a\": 1}}").status()).isEqualTo(422);
        assertThat(club.owner.get("/api/teams?limit=0").status()).isEqualTo(422);
        assertThat(club.owner.get("/api/teams?limit=abc").status()).isEqualTo(422);
        assertThat(club.owner.get("/api/teams?limit=10001").status()).isEqualTo(422);

        Club other = new Club(port);
        assertThat(other.owner.get("/api/teams/" + club.teamId()).status()).isEqualTo(404);
        assertThat(other.owner.put("/api/teams/" + club.teamId(), Map.of("name", "Stolen")).status()).isEqualTo(404);
        assertThat(other.owner.delete("/api/teams/" + club.teamId()).status()).isEqualTo(404);
        assertThat(club.owner.get("/api/teams/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void letsOnlyAccountManagersAdministerTheClub() {
        assertThat(club.coach.post("/api/teams", Map.of("name", "Coach team")).status()).isEqualTo(403);
        assertThat(club.coach.post("/api/players", Map.of("name", "P")).status()).isEqualTo(403);
        assertThat(club.coach.post("/api/staff", Map.of("name", "S", "role", "physio")).status()).isEqualTo(403);
        assertThat(club.coach.post("/api/events", Map.of("name", "Cup")).status()).isEqualTo(403);
        assertThat(club.player.post("/api/formations", Map.of("name", "4-4-2")).status()).isEqualTo(403);
        assertThat(club.player.get("/api/players").status()).isEqualTo(200);
    }

    @Test
    void acceptsPlayersAsTheAppSendsThem() {
        String body = """
                {"id": "", "name": "Karim", "team_id": "%s", "position": "fwd", "jersey_number": 9,
                 "birth_date": "2000-05-01T00:00:00.000", "dominant_foot": "gauche", "height_cm": 180,
                 "weight_kg": 75, "nationality": "Algeria", "country_code": "dz", "image_url": null,
                 "market_value": "1500000.50", "unknown": [1, 2]}
                """.formatted(club.teamId());

        JsonNode player = club.owner.ok(201, club.owner.post("/api/players", body));

        assertThat(player.get("dominant_foot").asString()).isEqualTo("left");
        assertThat(player.get("birth_date").asString()).isEqualTo("2000-05-01");
        assertThat(player.get("position").asString()).isEqualTo("FWD");
        assertThat(player.get("jersey_number").isInt()).isTrue();
        assertThat(player.get("height_cm").isInt()).isTrue();
        assertThat(player.get("market_value").isNumber()).isTrue();
        assertThat(player.get("country_code").asString()).isEqualTo("DZ");

        String arabic = club.owner.ok(201, club.owner.post("/api/players",
                Map.of("name", "Riyad", "dominant_foot", "يمين"))).get("dominant_foot").asString();
        assertThat(arabic).isEqualTo("right");
        assertThat(club.owner.post("/api/players", Map.of("name", "X", "dominant_foot", "hand")).status())
                .isEqualTo(422);
    }

    @Test
    void managesPlayersWithinTheClub() {
        String id = club.newPlayer(club.teamId(), "Zidane", 10);
        String second = club.newPlayer(club.teamId(), "Abel", 11);

        assertThat(club.owner.post("/api/players", Map.of("name", "Dup", "jersey_number", 10)).status())
                .isEqualTo(409);
        assertThat(club.owner.post("/api/players", Map.of("name", "Big", "jersey_number", 100)).status())
                .isEqualTo(422);
        var answer = club.coach.get("/api/players?team_id=" + club.teamId());
        JsonNode list = club.coach.ok(200, answer);
        assertThat(list.size()).isEqualTo(2);
        // the prepared list leaves with its length, not chunked
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        assertThat(answer.header("Content-Length"))
                .isEqualTo(String.valueOf(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(answer.header("Transfer-Encoding")).isNull();
        assertThat(list.get(0).get("id").asString()).isEqualTo(second);

        JsonNode updated = club.owner.ok(200, club.owner.put("/api/players/" + id,
                "{\"id\":\"" + id + "\",\"name\":null,\"jersey_number\":5,\"dominant_foot\":\"droit\"}"));
        assertThat(updated.get("name").asString()).isEqualTo("Zidane");
        assertThat(updated.get("jersey_number").asInt()).isEqualTo(5);
        assertThat(updated.get("dominant_foot").asString()).isEqualTo("right");

        Club other = new Club(port);
        assertThat(other.owner.get("/api/players/" + id).status()).isEqualTo(404);
        assertThat(other.owner.post("/api/players", Map.of("name", "Spy", "team_id", club.teamId())).status())
                .isEqualTo(422);
        assertThat(other.owner.ok(200, other.owner.get("/api/players")).size()).isZero();

        assertThat(club.owner.delete("/api/players/" + id).status()).isEqualTo(204);
        assertThat(club.owner.get("/api/players/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesPagesOutsideTheBoundsWithAProblemNamingTheParameter() {
        Map<String, String> refused = Map.of("limit=0", "limit", "limit=10001", "limit", "limit=abc", "limit",
                "limit=99999999999", "limit", "offset=-1", "offset", "offset=1.5", "offset");

        refused.forEach((query, field) -> {
            JsonNode problem = club.owner.ok(422, club.owner.get("/api/players?" + query));
            assertThat(problem.get("errors").get(0).get("field").asString()).as(query).isEqualTo(field);
            assertThat(problem.get("detail").asString()).as(query).startsWith(field + " must be");
        });
        assertThat(club.owner.ok(200, club.owner.get("/api/teams?limit=&offset=")).size()).isEqualTo(1);
        assertThat(club.owner.ok(200, club.owner.get("/api/teams?limit=500&offset=1")).size()).isZero();
    }

    @Test
    void theCachedPlayerListShowsEveryWriteInTheNextRead() {
        String path = "/api/players?team_id=" + club.teamId();
        assertThat(club.coach.ok(200, club.coach.get(path)).size()).isZero();

        String id = club.newPlayer(club.teamId(), "Keeper", 1);
        assertThat(names(club.coach.ok(200, club.coach.get(path)))).containsExactly("Keeper");

        club.owner.ok(200, club.owner.put("/api/players/" + id, "{\"name\":\"Goalkeeper\"}"));
        assertThat(names(club.coach.ok(200, club.coach.get(path)))).containsExactly("Goalkeeper");

        String moved = club.newTeam("Reserves");
        club.owner.ok(200, club.owner.put("/api/players/" + id, "{\"team_id\":\"" + moved + "\"}"));
        assertThat(club.coach.ok(200, club.coach.get(path)).size()).isZero();
        assertThat(names(club.owner.ok(200, club.owner.get("/api/players?team_id=" + moved))))
                .containsExactly("Goalkeeper");

        assertThat(club.owner.delete("/api/teams/" + moved).status()).isEqualTo(204);
        assertThat(club.owner.ok(200, club.owner.get("/api/players")).size()).isZero();
    }

    private static List<String> names(JsonNode players) {
        return java.util.stream.StreamSupport.stream(players.spliterator(), false)
                .map(p -> p.get("name").asString()).toList();
    }

    @Test
    void managesStaffWithThePermissionLevelOfTheirRole() {
        JsonNode created = club.owner.ok(201, club.owner.post("/api/staff",
                Map.of("name", "Doc", "role", "physio", "email", "doc@test.club")));
        String id = created.get("id").asString();
        assertThat(created.get("team_id").asString()).isEqualTo(club.teamId());
        assertThat(created.get("permission_level").asString()).isEqualTo("view_only");

        JsonNode updated = club.owner.ok(200, club.owner.put("/api/staff/" + id, Map.of("id", id, "name", "Doc",
                "role", "head_coach", "permission_level", "view_only", "team_id", club.teamId())));
        assertThat(updated.get("permission_level").asString()).isEqualTo("full_access");
        assertThat(club.owner.post("/api/staff", Map.of("name", "X", "role", "chef")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/staff", Map.of("name", "X", "role", "physio", "email", "no")).status())
                .isEqualTo(422);
        // the club's five staff accounts plus this one
        assertThat(club.owner.ok(200, club.owner.get("/api/staff")).size()).isEqualTo(6);
        assertThat(club.coach.ok(200, club.coach.get("/api/staff/" + id)).get("name").asString()).isEqualTo("Doc");

        Club other = new Club(port);
        assertThat(other.owner.get("/api/staff/" + id).status()).isEqualTo(404);
        assertThat(other.owner.delete("/api/staff/" + id).status()).isEqualTo(404);
        assertThat(club.owner.delete("/api/staff/" + id).status()).isEqualTo(204);
        assertThat(club.owner.get("/api/staff/" + id).status()).isEqualTo(404);
    }

    @Test
    void servesOwnAndGlobalFormationsAndEditsOnlyOwnOnes() {
        String global = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO formations (id, name, description, user_id) VALUES (?, ?, ?, NULL)",
                global, "G-" + global.substring(0, 8), "global");

        JsonNode own = club.coach.ok(201, club.coach.post("/api/formations",
                Map.of("name", "4-3-3", "description", "attacking")));
        String id = own.get("id").asString();
        assertThat(own.get("created_at").isString()).isTrue();

        JsonNode list = club.player.ok(200, club.player.get("/api/formations?limit=500"));
        List<String> ids = list.valueStream().map(f -> f.get("id").asString()).toList();
        assertThat(ids).contains(id, global);
        assertThat(list.valueStream().allMatch(f -> f.get("created_at").isString())).isTrue();

        assertThat(club.coach.put("/api/formations/" + id, Map.of("name", "4-2-3-1")).status()).isEqualTo(200);
        assertThat(club.coach.put("/api/formations/" + global, Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(club.coach.delete("/api/formations/" + global).status()).isEqualTo(403);
        assertThat(club.coach.post("/api/formations", Map.of("name", "4-2-3-1")).status()).isEqualTo(409);

        Club other = new Club(port);
        assertThat(other.coach.get("/api/formations/" + id).status()).isEqualTo(404);
        assertThat(other.coach.delete("/api/formations/" + id).status()).isEqualTo(404);
        assertThat(club.coach.delete("/api/formations/" + id).status()).isEqualTo(204);
    }

    @Test
    void managesCompetitions() {
        JsonNode cup = club.owner.ok(201, club.owner.post("/api/events", Map.of("name", "Cup")));
        String id = cup.get("id").asString();
        assertThat(club.coach.ok(200, club.coach.get("/api/events")).valueStream()
                .anyMatch(e -> e.get("id").asString().equals(id))).isTrue();
        assertThat(club.owner.ok(200, club.owner.put("/api/events/" + id, Map.of("name", "League")))
                .get("name").asString()).isEqualTo("League");
        assertThat(club.owner.post("/api/events", Map.of("name", "")).status()).isEqualTo(422);

        Club other = new Club(port);
        assertThat(other.owner.get("/api/events/" + id).status()).isEqualTo(404);
        assertThat(club.owner.delete("/api/events/" + id).status()).isEqualTo(204);
        assertThat(club.owner.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void storesAnUploadedLogoAndServesItWithoutAuthentication() throws Exception {
        byte[] image = PNG;

        HttpResponse<String> first = upload("/api/teams/" + club.teamId() + "/upload_logo", image, club.owner.token());
        assertThat(first.statusCode()).isEqualTo(200);
        String firstUrl = json(first).get("logo_url").asString();
        assertThat(firstUrl).startsWith("/static/images/").endsWith(".png");

        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + firstUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(image);

        // a replacement gets a new name, and the old file goes
        String secondUrl = json(upload("/api/teams/" + club.teamId() + "/upload_logo", image, club.owner.token()))
                .get("logo_url").asString();
        assertThat(secondUrl).isNotEqualTo(firstUrl);
        assertThat(new HttpApi(port).get(firstUrl, null).status()).isEqualTo(404);
    }

    @Test
    void refusesUploadsThatAreNotSmallPngJpegOrWebpImages() throws Exception {
        String playerId = club.newPlayer(club.teamId(), "Photo", 7);
        String path = "/api/players/" + playerId + "/upload_image";

        assertThat(upload(path, "<svg></svg>".getBytes(StandardCharsets.UTF_8), club.owner.token()).statusCode())
                .isEqualTo(415);
        assertThat(upload(path, Arrays.copyOf(PNG, 70 * 1024), club.owner.token()).statusCode()).isEqualTo(413);
        assertThat(upload(path, Arrays.copyOf(PNG, 20), club.owner.token()).statusCode())
                .as("a PNG cut short").isEqualTo(415);
        byte[] jpeg = TestImages.jpeg();
        HttpResponse<String> ok = upload(path, jpeg, club.owner.token());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("image_url").asString()).startsWith("/static/images/").endsWith(".jpg");

        Club other = new Club(port);
        assertThat(upload(path, jpeg, other.owner.token()).statusCode()).isEqualTo(404);
        assertThat(upload(path, jpeg, club.coach.token()).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> upload(String path, byte[] content, String token) throws IOException,
            InterruptedException {
        String boundary = "----test" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pic.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new HttpApi.Response(response.statusCode(), response.body(), Map.of()).json();
    }
}
