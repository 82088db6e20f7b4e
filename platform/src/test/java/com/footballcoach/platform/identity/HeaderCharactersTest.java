package com.footballcoach.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

class HeaderCharactersTest {

    /** The patterns StrictHttpFirewall uses by default (spring-security-web 7.0). */
    private static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern SPRING_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void acceptsExactlyWhatSpringsPatternsAccept() {
        String[] samples = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb", "a\nb", "a\rb", "\u0000", "\u007f",
            "\u0085", "caf\u00e9", "\u00a0", "\u0378", "\ud83d\ude00", "\ud83d", "\ude00x", "\u200b", "\uffff",
            "\ufffe", "\u2028", "x\u0009", "\u001b[31m"};
        for (String s : samples) {
            assertThat(HeaderCharacters.ASSIGNED_NOT_CONTROL.test(s)).as(s).isEqualTo(SPRING_NAMES.matcher(s).matches());
            assertThat(HeaderCharacters.HEADER_VALUE.test(s)).as(s).isEqualTo(SPRING_VALUES.matcher(s).matches());
        }
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                // mostly ASCII, some Latin-1 and controls, some anywhere in the BMP, some supplementary
                int pick = random.nextInt(10);
                int codePoint = pick < 5 ? random.nextInt(0x80) : pick < 7 ? random.nextInt(0x100)
                        : pick < 9 ? random.nextInt(0x10000) : 0x10000 + random.nextInt(0x100000);
                s.appendCodePoint(codePoint);
            }
            String text = s.toString();
            assertThat(HeaderCharacters.ASSIGNED_NOT_CONTROL.test(text)).as(text)
                    .isEqualTo(SPRING_NAMES.matcher(text).matches());
            assertThat(HeaderCharacters.HEADER_VALUE.test(text)).as(text)
                    .isEqualTo(SPRING_VALUES.matcher(text).matches());
        }
    }

    @Test
    void theFirewallRejectsAControlCharacterInAHeaderValueAndPassesATab() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/players");
        request.addHeader("X-Note", "one\ttwo");
        request.addHeader("X-Bad", "one\u0007two");

        var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);

        assertThat(firewalled.getHeader("X-Note")).isEqualTo("one\ttwo");
        assertThatThrownBy(() -> firewalled.getHeader("X-Bad")).isInstanceOf(RequestRejectedException.class);
    }
}
