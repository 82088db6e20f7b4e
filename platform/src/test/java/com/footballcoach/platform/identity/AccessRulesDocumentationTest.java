package com.footballcoach.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * docs/access-rules.md prints the role table and the path rules from the code, so the document
 * cannot drift: this test fails when it differs (run with {@code -Ddocs.write=true} to rewrite it).
 */
class AccessRulesDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "access-rules.md");

    @Test
    void documentMatchesTheRoleTableAndThePathRules() throws Exception {
        String expected = render();
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC)).as("docs/access-rules.md is stale: rerun with -Ddocs.write=true")
                .isEqualTo(expected);
    }

    @Test
    void deniesWhatNoRuleListsAndNeverMatchesByPrefix() {
        assertThat(AccessPolicy.ruleFor(HttpMethod.GET, "/internal/anything")).isNull();
        assertThat(AccessPolicy.ruleFor(HttpMethod.POST, "/api/matches/m1/notes").access())
                .isEqualTo(Access.permission(Permission.NOTES_WRITE));
        assertThat(AccessPolicy.ruleFor(HttpMethod.POST, "/api/matchesX")).isNull();
        assertThat(AccessPolicy.ruleFor(HttpMethod.DELETE, "/api/teams/t1").access().grants(AppRole.COACH)).isFalse();
        assertThat(AccessPolicy.ruleFor(HttpMethod.POST, "/api/formations").access().grants(AppRole.COACH)).isTrue();
    }

    @Test
    void decidesAPercentEncodedPathAsTheDecodedPathItRoutesTo() {
        assertThat(AccessPolicy.ruleFor(HttpMethod.GET, "/api/%75sers/u1"))
                .isEqualTo(AccessPolicy.ruleFor(HttpMethod.GET, "/api/users/u1"))
                .extracting(AccessPolicy.Rule::access).isEqualTo(Access.permission(Permission.ACCOUNTS_READ));
        assertThat(AccessPolicy.ruleFor(HttpMethod.DELETE, "/api/te%61ms/t1"))
                .isEqualTo(AccessPolicy.ruleFor(HttpMethod.DELETE, "/api/teams/t1"));
        assertThat(AccessPolicy.ruleFor(HttpMethod.GET, "/api/users;x=1/me"))
                .isEqualTo(AccessPolicy.ruleFor(HttpMethod.GET, "/api/users/me"));
    }

    static String render() {
        StringBuilder doc = new StringBuilder();
        doc.append("# Access rules (generated)\n\n");
        doc.append("Printed from `AppRole` and `AccessPolicy` by `AccessRulesDocumentationTest`; do not edit by hand.\n\n");
        doc.append("## Roles and permissions\n\n| App role | From | Permissions |\n|---|---|---|\n");
        for (AppRole role : AppRole.values()) {
            doc.append("| ").append(role.code()).append(" | ").append(source(role)).append(" | ")
                    .append(role.permissions().stream().map(Permission::code).sorted()
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        doc.append("\n## Path rules\n\nThe first matching rule decides; anything else is denied. `*` is one path ")
                .append("segment, `**` the rest.\n\n| Method | Path | Requires |\n|---|---|---|\n");
        for (AccessPolicy.Rule rule : AccessPolicy.RULES) {
            if (rule.method() == HttpMethod.HEAD) {
                continue;
            }
            doc.append("| ").append(rule.method() == null ? "any" : rule.method().name()).append(" | `")
                    .append(rule.pattern()).append("` | ").append(rule.access().describe()).append(" |\n");
        }
        doc.append("| any | anything else | denied |\n");
        return doc.toString();
    }

    private static String source(AppRole role) {
        return switch (role) {
            case ACCOUNT_MANAGER -> "user_type owner";
            case COACH -> "staff role head_coach";
            case ASSISTANT_COACH -> "staff role assistant_coach";
            case ANALYST -> "staff role analyst";
            case PLAYER -> "any other staff role (player, physio)";
        };
    }
}
