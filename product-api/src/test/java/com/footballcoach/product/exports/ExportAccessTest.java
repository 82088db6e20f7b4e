package com.footballcoach.product.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.identity.AccessPolicy;
import com.footballcoach.platform.identity.AppRole;
import com.footballcoach.platform.identity.Permission;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The four downloads are authorised by the central path rules: football.read, nothing else. */
class ExportAccessTest {

    @Test
    void everyDownloadRequiresFootballReadAndEveryRoleWithItPasses() {
        for (String route : MatchExportsIT.ROUTES) {
            AccessPolicy.Rule rule = AccessPolicy.ruleFor(HttpMethod.GET, "/api/matches/7f1c/" + route);
            assertThat(rule).as(route).isNotNull();
            assertThat(rule.access().anonymous()).isFalse();
            assertThat(rule.access().anyPermission()).containsExactly(Permission.FOOTBALL_READ);
            assertThat(rule.access().anyRole()).isEmpty();
            Arrays.stream(AppRole.values()).forEach(role ->
                    assertThat(rule.access().grants(role)).as(route + " " + role).isEqualTo(role.can(Permission.FOOTBALL_READ)));
        }
    }
}
