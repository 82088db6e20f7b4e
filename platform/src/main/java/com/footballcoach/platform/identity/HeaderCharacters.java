package com.footballcoach.platform.identity;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The character rules of Spring Security's {@link StrictHttpFirewall}, checked by a loop. The
 * firewall's defaults are regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and
 * for header values the same with a tab allowed) matched code point by code point on every
 * {@code getHeader} call; for a bearer token of about 800 characters, read twice per request, that
 * was an eighth of the CPU of a cached read. Same rule, no regular expression: printable ASCII
 * passes at once, any other code point must be assigned and not a control character.
 */
final class HeaderCharacters {

    /** Header and parameter names: assigned, no control character. */
    static final Predicate<String> ASSIGNED_NOT_CONTROL = s -> allowed(s, false);
    /** Header values: as {@link #ASSIGNED_NOT_CONTROL}, and a horizontal tab is allowed. */
    static final Predicate<String> HEADER_VALUE = s -> allowed(s, true);

    private HeaderCharacters() {
    }

    /**
     * The strict firewall of Spring Security with these predicates in place of its patterns;
     * parameter values keep the firewall's default (any value: the routes validate their own).
     */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        firewall.setAllowedParameterNames(ASSIGNED_NOT_CONTROL);
        return firewall;
    }

    static boolean allowed(String s, boolean tab) {
        int i = 0;
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = s.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
