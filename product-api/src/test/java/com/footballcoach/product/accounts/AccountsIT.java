package com.footballcoach.product.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProductApiTest
class AccountsIT {

    @LocalServerPort
    int port;

    HttpApi api;
    TestAccounts.Club club;
    String owner;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        owner = api.login(club.ownerEmail(), TestAccounts.PASSWORD);
    }

    private Map<String, String> staffAccount(String role, String email) {
        return Map.of("team_id", club.teamId(), "name", "New " + role, "role", role, "email", email,
                "password", "A-good-password-1");
    }

    @Test
    void createsAStaffMemberWithALoginAndDerivesThePermissionLevelFromTheRole() {
        String email = "new-coach-" + UUID.randomUUID() + "@test.club";

        HttpApi.Response created = api.postJson("/api/staff/create_with_account", staffAccount("head_coach", email), owner);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("permission_level").asString()).isEqualTo("full_access");
        assertThat(created.json().get("team_id").asString()).isEqualTo(club.teamId());
        String token = api.login(email, "A-good-password-1");
        JsonNode me = api.get("/api/users/me", token).json();
        assertThat(me.get("app_role").asString()).isEqualTo("coach");
        assertThat(me.get("staff_id").asString()).isEqualTo(created.json().get("id").asString());
    }

    @Test
    void derivesNotesOnlyForAnalystsAndViewOnlyForOthers() {
        HttpApi.Response analyst = api.postJson("/api/users",
                staffAccount("analyst", "an-" + UUID.randomUUID() + "@test.club"), owner);
        HttpApi.Response physio = api.postJson("/api/users",
                staffAccount("physio", "ph-" + UUID.randomUUID() + "@test.club"), owner);

        assertThat(analyst.json().get("permission_level").asString()).isEqualTo("notes_only");
        assertThat(physio.json().get("permission_level").asString()).isEqualTo("view_only");
    }

    @Test
    void refusesAccountAdministrationToCoaches() {
        String coach = api.login(club.coachEmail(), TestAccounts.PASSWORD);

        assertThat(api.postJson("/api/staff/create_with_account",
                staffAccount("player", "p-" + UUID.randomUUID() + "@test.club"), coach).status()).isEqualTo(403);
        assertThat(api.get("/api/users", coach).status()).isEqualTo(403);
    }

    @Test
    void hidesAnotherClubsTeamsAndAccounts() {
        TestAccounts.Club other = TestAccounts.newClub();
        String otherCoachId = TestAccounts.userId(other.coachEmail());

        HttpApi.Response onForeignTeam = api.postJson("/api/staff/create_with_account", Map.of(
                "team_id", other.teamId(), "name", "Spy", "role", "analyst",
                "email", "spy-" + UUID.randomUUID() + "@test.club", "password", "A-good-password-1"), owner);

        assertThat(onForeignTeam.status()).isEqualTo(404);
        assertThat(api.get("/api/users/" + otherCoachId, owner).status()).isEqualTo(404);
        assertThat(api.delete("/api/users/" + otherCoachId, owner).status()).isEqualTo(404);
        assertThat(api.get("/api/users", owner).json().findValuesAsString("email"))
                .contains(club.ownerEmail(), club.coachEmail()).doesNotContain(other.coachEmail());
    }

    @Test
    void rejectsWeakPasswordsMalformedEmailsUnknownRolesAndDuplicates() {
        HttpApi.Response weak = api.postJson("/api/users", Map.of("team_id", club.teamId(), "name", "X",
                "role", "analyst", "email", "w-" + UUID.randomUUID() + "@test.club", "password", "short"), owner);
        HttpApi.Response badEmail = api.postJson("/api/users", staffAccount("analyst", "not-an-email"), owner);
        HttpApi.Response badRole = api.postJson("/api/users", staffAccount("chairman",
                "r-" + UUID.randomUUID() + "@test.club"), owner);
        HttpApi.Response duplicate = api.postJson("/api/users", staffAccount("analyst", club.coachEmail()), owner);

        assertThat(weak.status()).isEqualTo(422);
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();
    }

    @Test
    void deactivatingAnAccountRefusesItsLoginAndItsTokens() {
        String analystToken = api.login(club.analystEmail(), TestAccounts.PASSWORD);
        String analystId = TestAccounts.userId(club.analystEmail());

        HttpApi.Response updated = api.putJson("/api/users/" + analystId, "{\"is_active\": false}", owner);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.postForm("/api/token", Map.of("username", club.analystEmail(), "password",
                TestAccounts.PASSWORD)).status()).isEqualTo(403);
        assertThat(api.get("/api/users/me", analystToken).status()).isEqualTo(401);
    }

    @Test
    void deletingAStaffAccountKeepsTheStaffRowAndEndsTheLogin() {
        String playerId = TestAccounts.userId(club.playerEmail());

        assertThat(api.delete("/api/users/" + playerId, owner).status()).isEqualTo(204);

        assertThat(api.get("/api/users/" + playerId, owner).status()).isEqualTo(404);
        assertThat(api.postForm("/api/token", Map.of("username", club.playerEmail(), "password",
                TestAccounts.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void refusesToDeleteOrDeactivateYourself() {
        assertThat(api.delete("/api/users/" + club.ownerId(), owner).status()).isEqualTo(403);
        assertThat(api.putJson("/api/users/" + club.ownerId(), "{\"is_active\": false}", owner).status()).isEqualTo(403);
    }
}
