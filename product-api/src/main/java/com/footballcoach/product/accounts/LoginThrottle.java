package com.footballcoach.product.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_PER_ACCOUNT} failed logins for one account,
 * or {@value #MAX_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are
 * refused until the oldest failure leaves the window.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 20;
    private static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait, when either key is over its limit. */
    Optional<Duration> retryAfter(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait("acct:" + account, MAX_PER_ACCOUNT, now);
        Optional<Duration> byAddress = wait("addr:" + address, MAX_PER_ADDRESS, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.or(() -> byAddress);
    }

    void recordFailure(String account, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Instant now = clock.instant();
        record("acct:" + account, now);
        record("addr:" + address, now);
    }

    void recordSuccess(String account) {
        failures.remove("acct:" + account);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
            times.removeFirst();
        }
    }
}
