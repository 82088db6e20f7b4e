package com.footballcoach.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        var now = java.time.Instant.parse("2026-11-20T10:00:00Z");
        List<Rows> first = DemoDataset.generate(now, password -> "hash:" + password);
        List<Rows> second = DemoDataset.generate(now, password -> "hash:" + password);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).values()).as(first.get(i).table())
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(first.get(i).values());
        }
    }
}
