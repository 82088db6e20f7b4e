package com.footballcoach.product.testing;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A fresh club of the test database (owner, one team, a staff account of every role), with
 * signed-in callers and helpers that create rows through the API.
 */
public final class Club {

    public final HttpApi api;
    public final TestAccounts.Club accounts;
    public final Caller owner;
    public final Caller coach;
    public final Caller assistant;
    public final Caller analyst;
    public final Caller player;

    public Club(int port) {
        this.api = new HttpApi(port);
        this.accounts = TestAccounts.newClub();
        this.owner = new Caller(api, api.login(accounts.ownerEmail(), TestAccounts.PASSWORD));
        this.coach = new Caller(api, api.login(accounts.coachEmail(), TestAccounts.PASSWORD));
        this.assistant = new Caller(api, api.login(accounts.assistantEmail(), TestAccounts.PASSWORD));
        this.analyst = new Caller(api, api.login(accounts.analystEmail(), TestAccounts.PASSWORD));
        this.player = new Caller(api, api.login(accounts.playerEmail(), TestAccounts.PASSWORD));
    }

    public String teamId() {
        return accounts.teamId();
    }

    public String newTeam(String name) {
        return owner.ok(201, owner.post("/api/teams", Map.of("name", name))).get("id").asString();
    }

    public String newPlayer(String teamId, String name, Integer jersey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("team_id", teamId);
        body.put("jersey_number", jersey);
        return owner.ok(201, owner.post("/api/players", body)).get("id").asString();
    }

    /** A match between the club's team and a new opponent of the club. */
    public String newMatch() {
        String opponent = newTeam("Opponent " + UUID.randomUUID().toString().substring(0, 8));
        return owner.ok(201, owner.post("/api/matches", Map.of("home_team_id", teamId(), "away_team_id", opponent,
                "date_time", "2026-03-19T18:30:00.000", "status", "upcoming"))).get("id").asString();
    }

    /** A signed-in caller. */
    public record Caller(HttpApi api, String token) {

        public HttpApi.Response get(String path) {
            return api.get(path, token);
        }

        public HttpApi.Response delete(String path) {
            return api.delete(path, token);
        }

        public HttpApi.Response post(String path, Map<String, ?> body) {
            return api.postJson(path, body, token);
        }

        public HttpApi.Response post(String path, String json) {
            return api.postJson(path, json, token);
        }

        public HttpApi.Response put(String path, Map<String, ?> body) {
            return api.putJson(path, com.footballcoach.product.testing.Club.JSON.writeValueAsString(body), token);
        }

        public HttpApi.Response put(String path, String json) {
            return api.putJson(path, json, token);
        }

        /** The JSON body, after checking the status (the message shows the body when it differs). */
        public JsonNode ok(int status, HttpApi.Response response) {
            if (response.status() != status) {
                throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.body());
            }
            return response.body().isEmpty() ? null : response.json();
        }
    }

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
}
