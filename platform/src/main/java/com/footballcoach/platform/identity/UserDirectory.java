package com.footballcoach.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Resolves the subject of a token to the user as the database knows them now, so a deleted or
 * deactivated account loses access within {@link #TTL}, whatever its token says. Lookups are
 * cached briefly: the hot read paths must not pay a query per request.
 */
@Component
public class UserDirectory {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private final UserRepository users;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    UserDirectory(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** The active user with this e-mail, or empty when there is none or it is inactive. */
    public Optional<CurrentUser> activeUser(String email) {
        Instant now = clock.instant();
        Entry entry = cache.get(email);
        if (entry == null || entry.expires().isBefore(now)) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            Optional<CurrentUser> user = users.findByEmail(email).filter(UserAccount::active)
                    .map(UserAccount::toCurrentUser);
            entry = new Entry(user, now.plus(TTL));
            cache.put(email, entry);
        }
        return entry.user();
    }

    /** Forgets what is known of an account after it changed. */
    public void evict(String email) {
        cache.remove(email);
    }

    /** Forgets everything (an account's team or role changed and many may be affected). */
    public void evictAll() {
        cache.clear();
    }

    private record Entry(Optional<CurrentUser> user, Instant expires) {
    }
}
