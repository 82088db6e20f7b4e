package com.footballcoach.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class DemoAccountsTest {

    @Test
    void listsEveryRoleWithPasswordsOfAtLeastTenCharacters() {
        List<DemoAccount> accounts = DemoDataLoader.accounts();

        assertThat(accounts).extracting(DemoAccount::role)
                .contains("owner", "head_coach", "assistant_coach", "analyst", "physio", "player");
        assertThat(accounts).filteredOn(account -> account.role().equals("owner")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(accounts).allSatisfy(account -> {
            assertThat(account.password()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(account.email()).endsWith("@demo.club");
            assertThat(account.description()).isNotBlank();
        });
        assertThat(accounts).extracting(DemoAccount::email).doesNotHaveDuplicates();
    }

    @Test
    void generatesTheSameRowsForTheSameInstant() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");

        assertThat(render(DemoDataset.generate(now, password -> "hash:" + password)))
                .isEqualTo(render(DemoDataset.generate(now, password -> "hash:" + password)));
    }

    /**
     * The demo club's rows are exactly those of before the demo league shared its simulator: the
     * digest of every row at a fixed instant, taken from the code before that change.
     */
    @Test
    void generatesTheDemoClubOfBeforeTheLeague() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String row : render(DemoDataset.generate(Instant.parse("2026-11-20T10:00:00Z"), p -> "hash:" + p))) {
            digest.update((row + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(HexFormat.of().formatHex(digest.digest()))
                .isEqualTo("ec9239d9a9d4aa63f218a6c582eb9a8e618fe86f4ce3ffeb4e634a4be56c1bac");
    }

    private static List<String> render(List<Rows> tables) {
        return tables.stream()
                .flatMap(table -> table.values().stream().map(row -> table.table() + Arrays.stream(row)
                        .map(value -> value instanceof SqlParameterValue parameter ? "NULL" : String.valueOf(value))
                        .toList()))
                .toList();
    }
}
